using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Persistence;

namespace Planner.Board.Deadlines;

/// <summary>Reads a review's deadlines for one user: everyone with a role sees them; others get null ("not found").</summary>
public sealed class DeadlineQueries(PlannerDbContext db, ReviewAccess access, TimeProvider clock)
{
    public async Task<DeadlineList?> ListAsync(Guid reviewId, Guid userId, CancellationToken cancellationToken = default)
    {
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var deadlines = await db.Deadlines.AsNoTracking().Include(d => d.History)
            .Where(d => d.ReviewId == reviewId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DeadlineList(reviewId, DeadlineRules.CanAdjust(actor).IsAllowed,
            deadlines.OrderBy(d => d.DueDate).ThenBy(d => d.Kind).Select(d => DeadlineView.From(d, today)).ToList());
    }
}
