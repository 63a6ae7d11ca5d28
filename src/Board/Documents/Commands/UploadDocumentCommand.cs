using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Documents.Commands;

/// <summary>
/// Adds a document to a tile: the role and the tile's column first, then the file — a name that
/// does not climb out of its folder, not empty, not over the limit, of an allowed type by its bytes. Only then is the content stored
/// (encrypted, under a random name) and the row saved; a refusal stores nothing, and a failed
/// save removes the content it had just stored.
/// </summary>
public sealed class UploadDocumentCommand(
    DocumentChangeRunner runner, PlannerDbContext db, IDocumentStore store, DocumentOptions options)
{
    public async Task<DocumentChangeResult> ExecuteAsync(UploadDocument request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await runner.FindTileAsync(request.TileId, userId, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return DocumentChangeResult.NotFound;
        }
        var (tile, actor) = found;
        var decision = DocumentRules.CanUpload(actor, tile);
        if (!decision.IsAllowed)
        {
            return DocumentChangeResult.Refused(decision);
        }

        if (DocumentFileName.IsPathTraversal(request.FileName))
        {
            return DocumentChangeResult.Refused(WorkflowDecision.Refuse(Refusal.FileNameNotAllowed));
        }
        // One byte past the limit is enough to know it is too large; nothing more is read.
        var content = await ReadAtMostAsync(request.Content, options.MaxFileSize + 1, cancellationToken).ConfigureAwait(false);
        decision = DocumentRules.CheckSize(content.Length, options.MaxFileSize);
        if (!decision.IsAllowed)
        {
            return DocumentChangeResult.Refused(decision);
        }
        if (DocumentTypeDetector.Detect(content, request.FileName) is not { } type)
        {
            return DocumentChangeResult.Refused(WorkflowDecision.Refuse(Refusal.FileTypeNotAllowed));
        }

        var document = new TileDocument(tile.Id, tile.ReviewId, DocumentFileName.Sanitise(request.FileName, type), type,
            content.Length, actor, runner.Now);
        await store.SaveAsync(document.StoredName, content, cancellationToken).ConfigureAwait(false);
        db.Documents.Add(document);
        try
        {
            return await runner.SaveAsync(document, tile, actor, DocumentChange.Added, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            store.Discard(document.StoredName);
            throw;
        }
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit
            && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)
                .ConfigureAwait(false)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return buffer.ToArray();
    }
}
