using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Samples.FourEyes.Approving;

/// <summary>
/// A reviewer approves a tile: only someone whose role on the tile's review is Reviewer, only
/// while the tile is in Review, once per reviewer.
/// </summary>
internal sealed class ApproveTileCommand(PlannerDbContext db, ReviewAccess access, Approvals approvals, TimeProvider clock)
{
    public async Task<ApproveOutcome> ExecuteAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        var tile = await db.Tiles.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tileId, cancellationToken).ConfigureAwait(false);
        if (tile is null)
        {
            return ApproveOutcome.NotFound;
        }
        var actor = await access.ActorOnReviewAsync(tile.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || !BoardWorkflow.CanSee(actor, tile))
        {
            return ApproveOutcome.NotFound;
        }
        if (actor.Role != ReviewRole.Reviewer)
        {
            return ApproveOutcome.NotReviewer;
        }
        if (tile.Column != Column.Review)
        {
            return ApproveOutcome.NotInReview;
        }
        var added = await approvals.AddAsync(tile.ReviewId, tile.Id, new Approval(actor.UserId, actor.DisplayName, clock.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        return added ? ApproveOutcome.Approved : ApproveOutcome.AlreadyApproved;
    }
}
