using Planner.Board.Events;

namespace Planner.Board.Documents.Commands;

/// <summary>
/// Removes a document from a tile. Nothing is erased: the row is marked (who, when, in the audit
/// log too) and the encrypted content stays, so the secretariat can restore it.
/// </summary>
public sealed class DeleteDocumentCommand(DocumentChangeRunner runner)
{
    public async Task<DocumentChangeResult> ExecuteAsync(DeleteDocument request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await runner.FindDocumentAsync(request.DocumentId, userId, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return DocumentChangeResult.NotFound;
        }
        var (document, tile, actor) = found;
        var decision = document.MarkDeleted(actor, tile, runner.Now);
        return decision.IsAllowed
            ? await runner.SaveAsync(document, tile, actor, DocumentChange.Deleted, cancellationToken).ConfigureAwait(false)
            : DocumentChangeResult.Refused(decision);
    }
}
