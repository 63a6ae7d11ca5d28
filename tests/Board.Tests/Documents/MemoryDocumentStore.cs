using System.Collections.Concurrent;
using Planner.Board.Documents;

namespace Planner.Board.Tests.Documents;

/// <summary>A document store in memory, to see what the commands store (the host's encrypted store is tested in the host tests).</summary>
internal sealed class MemoryDocumentStore : IDocumentStore
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => files;

    public Task SaveAsync(string storedName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        files[storedName] = content.ToArray();
        return Task.CompletedTask;
    }

    public Task<byte[]> ReadAsync(string storedName, CancellationToken cancellationToken = default) =>
        Task.FromResult(files[storedName]);

    public void Discard(string storedName) => files.TryRemove(storedName, out _);
}
