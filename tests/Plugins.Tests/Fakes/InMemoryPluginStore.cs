using System.Collections.Concurrent;

namespace Planner.Plugins.Tests.Fakes;

/// <summary>The host's plugin store, in memory: keys scoped by plugin and review, each write remembered with its author.</summary>
internal sealed class InMemoryPluginStore : IPluginStore
{
    private readonly ConcurrentDictionary<(string PluginId, Guid? ReviewId, string Key), string> values = new();

    /// <summary>Who wrote what, in order.</summary>
    public ConcurrentQueue<(string Key, string Value, Guid UserId)> Writes { get; } = new();

    public async Task<string?> GetAsync(string pluginId, Guid? reviewId, string key, CancellationToken cancellationToken = default)
    {
        // Yield as a database would, so that racing callers interleave.
        await Task.Yield();
        return values.TryGetValue((pluginId, reviewId, key), out var value) ? value : null;
    }

    public async Task SetAsync(string pluginId, Guid? reviewId, string key, string value, Guid userId, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        values[(pluginId, reviewId, key)] = value;
        Writes.Enqueue((key, value, userId));
    }

    /// <summary>Puts a raw value in place, as an earlier version of the plugin (or a hand edit) might have left it.</summary>
    public void Put(string pluginId, Guid? reviewId, string key, string value) => values[(pluginId, reviewId, key)] = value;

    public string? Peek(string pluginId, Guid? reviewId, string key) =>
        values.TryGetValue((pluginId, reviewId, key), out var value) ? value : null;
}
