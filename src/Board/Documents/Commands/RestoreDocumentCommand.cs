using Planner.Board.Events;

namespace Planner.Board.Documents.Commands;

/// <summary>Brings a removed document back to its tile (secretariat only).</summary>
public sealed class RestoreDocumentCommand(DocumentChangeRunner runner)
{
    public async Task<DocumentChangeResult> ExecuteAsync(RestoreDocument request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await runner.FindDocumentAsync(request.DocumentId, userId, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return DocumentChangeResult.NotFound;
        }
        var (document, tile, actor) = found;
        var decision = document.Restore(actor);
        return decision.IsAllowed
            ? await runner.SaveAsync(document, tile, actor, DocumentChange.Restored, cancellationToken).ConfigureAwait(false)
            : DocumentChangeResult.Refused(decision);
    }
}
