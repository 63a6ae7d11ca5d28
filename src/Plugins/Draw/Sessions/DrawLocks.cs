using System.Collections.Concurrent;

namespace Planner.Plugins.Draw.Sessions;

/// <summary>
/// One lock per record, so two secretariat members running, redrawing or widening the same draw at
/// once act one after the other on the latest record instead of overwriting each other.
/// </summary>
public sealed class DrawLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var gate = locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
