namespace Planner.Samples.FourEyes.Approving;

/// <summary>
/// Serialises changes to approval lists within this host. The plugin store has no
/// compare-and-swap, so two reviewers approving at the same moment would otherwise each read the
/// old list and one approval would be lost. One gate per host process (registered as a singleton).
/// </summary>
internal sealed class ApprovalGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
