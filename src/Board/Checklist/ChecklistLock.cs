using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Checklist;

/// <summary>
/// Once the focal point has submitted the checklist, its answers and contributions are frozen until
/// someone reopens it (S6): the submission is what the secretariat and reviewers work from.
/// Comments and moves stay open — the review goes on.
/// </summary>
public sealed class ChecklistLock(PlannerDbContext db) : ITileEditGuard
{
    public static Task<bool> IsSubmittedAsync(PlannerDbContext db, Guid reviewId, CancellationToken cancellationToken) =>
        db.ChecklistSubmissions.AnyAsync(s => s.ReviewId == reviewId && s.ReopenedAt == null, cancellationToken);

    public async ValueTask<WorkflowDecision> CheckAnswerAsync(Actor actor, Tile tile, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return await IsSubmittedAsync(db, tile.ReviewId, cancellationToken).ConfigureAwait(false)
            ? WorkflowDecision.Refuse(Refusal.ChecklistSubmitted)
            : WorkflowDecision.Allowed;
    }

    public ValueTask<WorkflowDecision> CheckCommentAsync(Actor actor, Tile tile, string text, CancellationToken cancellationToken) =>
        ValueTask.FromResult(WorkflowDecision.Allowed);
}
