using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Access;

/// <summary>
/// Works out who a user is on a review. A user with no role on a review gets null, and callers
/// answer "not found", so that a review's existence is not revealed to outsiders.
/// </summary>
public sealed class ReviewAccess(PlannerDbContext db)
{
    public async Task<Actor?> ActorOnReviewAsync(Guid reviewId, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is null || !await db.Reviews.AnyAsync(r => r.Id == reviewId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        if (user.IsSecretariat)
        {
            return new Actor(user.Id, user.DisplayName, ReviewRole.Secretariat);
        }
        var participant = await db.Participants.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ReviewId == reviewId && p.UserId == userId, cancellationToken).ConfigureAwait(false);
        return participant is null ? null : new Actor(user.Id, user.DisplayName, participant.Role, participant.AgencyId);
    }

    /// <summary>
    /// A tile and who the user is on its review; null when there is no such tile, the user has no
    /// role on its review, or the tile is hidden from them (a stakeholder sees only what is shared).
    /// Every read of one tile asks here, so "who may see a tile" is decided in one place; callers answer "not found".
    /// </summary>
    public async Task<VisibleTile?> VisibleTileAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        var tile = await db.Tiles.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tileId, cancellationToken).ConfigureAwait(false);
        if (tile is null)
        {
            return null;
        }
        var actor = await ActorOnReviewAsync(tile.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        return actor is not null && BoardWorkflow.CanSee(actor, tile) ? new VisibleTile(tile, actor) : null;
    }

    /// <summary>The reviews this user may see, as a query to compose with.</summary>
    public async Task<IQueryable<Guid>> VisibleReviewIdsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Users.AnyAsync(u => u.Id == userId && u.IsSecretariat, cancellationToken).ConfigureAwait(false)
            ? db.Reviews.Select(r => r.Id)
            : db.Participants.Where(p => p.UserId == userId).Select(p => p.ReviewId);
}
