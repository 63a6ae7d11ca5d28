using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Documents.Commands;

/// <summary>
/// What every document change shares: find the tile (or document) and the user's role on its
/// review — no role, or a removed document someone other than the secretariat asks for, is
/// "not found" — then save (audited against the user) and publish one <see cref="DocumentsChanged"/>.
/// </summary>
public sealed class DocumentChangeRunner(
    PlannerDbContext db, ReviewAccess access, IBoardEvents events, TimeProvider clock, AuditActor? auditActor = null)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<(Tile Tile, Actor Actor)?> FindTileAsync(Guid tileId, Guid userId, CancellationToken cancellationToken)
    {
        var tile = await db.Tiles.FirstOrDefaultAsync(t => t.Id == tileId, cancellationToken).ConfigureAwait(false);
        if (tile is null)
        {
            return null;
        }
        var actor = await access.ActorOnReviewAsync(tile.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || !BoardWorkflow.CanSee(actor, tile))
        {
            return null;
        }
        auditActor?.Set(actor.UserId, actor.DisplayName);
        return (tile, actor);
    }

    public async Task<(TileDocument Document, Tile Tile, Actor Actor)?> FindDocumentAsync(
        Guid documentId, Guid userId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }
        var found = await FindTileAsync(document.TileId, userId, cancellationToken).ConfigureAwait(false);
        return found is { } f && DocumentRules.CanSee(f.Actor, document) ? (document, f.Tile, f.Actor) : null;
    }

    public async Task<DocumentChangeResult> SaveAsync(
        TileDocument document, Tile tile, Actor actor, DocumentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(actor);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(
            new DocumentsChanged(tile.ReviewId, tile.Id, tile.Version, document.Id, change, actor.DisplayName, Now)
            {
                SharedWithStakeholders = tile.SharedWithStakeholders,
            },
            cancellationToken).ConfigureAwait(false);
        return new DocumentChangeResult(DocumentChangeStatus.Applied, DocumentView.From(document, actor, tile));
    }
}
