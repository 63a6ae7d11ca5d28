using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Audit;

/// <summary>
/// The audit log for the secretariat: per review and per tile, filtered. Anyone else gets null,
/// as for a review they cannot see.
/// </summary>
public sealed class AuditQueries(PlannerDbContext db, ReviewAccess access)
{
    public async Task<IReadOnlyList<AuditEntry>?> ForReviewAsync(Guid reviewId, Guid userId, AuditFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor?.Role != ReviewRole.Secretariat)
        {
            return null;
        }
        var query = db.AuditLog.AsNoTracking().Where(a => a.ReviewId == reviewId);
        if (filter.TileId is { } tile)
        {
            query = query.Where(a => a.TileId == tile);
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(a => a.ActorName.Contains(filter.Actor));
        }
        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            query = query.Where(a => a.Entity == filter.Entity);
        }
        if (filter.From is { } from)
        {
            query = query.Where(a => a.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(a => a.At <= to);
        }
        return await query.OrderByDescending(a => a.Sequence).Take(Math.Clamp(filter.Limit, 1, 10_000))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether this user may verify the whole chain (secretariat staff only).</summary>
    public Task<bool> MayVerifyAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Users.AnyAsync(u => u.Id == userId && u.IsSecretariat, cancellationToken);
}
