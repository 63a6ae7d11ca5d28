using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Documents;

/// <summary>Reads a tile's documents for one user; no role on the review means "not found".</summary>
public sealed class DocumentQueries(PlannerDbContext db, ReviewAccess access, IDocumentStore store, DocumentOptions options)
{
    public async Task<DocumentList?> ListAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await access.VisibleTileAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is not (var tile, var actor))
        {
            return null;
        }
        var documents = await db.Documents.AsNoTracking().Where(d => d.TileId == tileId)
            .OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DocumentList(tile.Id, tile.Version, DocumentRules.CanUpload(actor, tile).IsAllowed, options.MaxFileSize,
            documents.Where(d => DocumentRules.CanSee(actor, d)).Select(d => DocumentView.From(d, actor, tile)).ToList());
    }

    /// <summary>The document and its decrypted content, or null when the user may not see it.</summary>
    public async Task<DocumentContent?> OpenAsync(Guid documentId, Guid userId, CancellationToken cancellationToken = default)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }
        var tile = await db.Tiles.AsNoTracking().FirstAsync(t => t.Id == document.TileId, cancellationToken).ConfigureAwait(false);
        if (await access.ActorOnReviewAsync(tile.ReviewId, userId, cancellationToken).ConfigureAwait(false) is not { } actor
            || !BoardWorkflow.CanSee(actor, tile) || !DocumentRules.CanSee(actor, document))
        {
            return null;
        }
        var content = await store.ReadAsync(document.StoredName, cancellationToken).ConfigureAwait(false);
        return new DocumentContent(DocumentView.From(document, actor, tile), content);
    }
}
