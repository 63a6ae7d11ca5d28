namespace Planner.Board.Documents;

/// <summary>
/// Where document contents live, by <see cref="TileDocument.StoredName"/>. The host's store
/// encrypts them at rest, outside the web root.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Writes the whole content; on failure nothing is left behind.</summary>
    Task SaveAsync(string storedName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The content as uploaded.</summary>
    Task<byte[]> ReadAsync(string storedName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes content whose document row was never saved (an upload that failed half-way).
    /// Deleting a document never calls this: its content stays for the secretariat to restore.
    /// </summary>
    void Discard(string storedName);
}
