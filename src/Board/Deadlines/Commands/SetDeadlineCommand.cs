using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Deadlines.Commands;

/// <summary>
/// Sets or adjusts a review's deadline, the same spine as a tile change: the user's role on the
/// review (none: not found), the rule, save with the version check (audited against the user),
/// then one <see cref="DeadlineChanged"/> on the board-event stream.
/// </summary>
public sealed class SetDeadlineCommand(
    PlannerDbContext db, ReviewAccess access, IBoardEvents events, TimeProvider clock, AuditActor? auditActor = null)
{
    public async Task<DeadlineChangeResult> ExecuteAsync(SetDeadline request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actor = await access.ActorOnReviewAsync(request.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return DeadlineChangeResult.NotFound;
        }
        var deadline = await db.Deadlines.Include(d => d.History)
            .FirstOrDefaultAsync(d => d.Id == request.DeadlineId, cancellationToken).ConfigureAwait(false);
        if (deadline is not null && deadline.ReviewId != request.ReviewId)
        {
            return DeadlineChangeResult.NotFound;
        }
        auditActor?.Set(actor.UserId, actor.DisplayName);
        var now = clock.GetUtcNow();
        var update = new DeadlineUpdate(request.DueDate, request.Met, request.Reason ?? "");
        WorkflowDecision decision;
        if (deadline is null)
        {
            // A deadline that does not exist yet was seen by no one: any other expected version is stale.
            (decision, deadline) = request.ExpectedVersion == 0
                ? ReviewDeadline.Create(request.DeadlineId, request.ReviewId, request.Kind, request.Label, update, actor, now)
                : (WorkflowDecision.Refuse(Refusal.StaleVersion), null);
            if (deadline is not null)
            {
                db.Deadlines.Add(deadline);
            }
        }
        else
        {
            decision = deadline.Adjust(update, actor, request.ExpectedVersion, now);
        }
        if (!decision.IsAllowed || deadline is null)
        {
            return Refused(deadline, decision, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || request.ExpectedVersion == 0)
        {
            // Someone saved first (or created the same deadline): report their state, keep ours unsaved.
            db.ChangeTracker.Clear();
            var latest = await db.Deadlines.AsNoTracking().Include(d => d.History)
                .FirstOrDefaultAsync(d => d.Id == request.DeadlineId, cancellationToken).ConfigureAwait(false);
            return Refused(latest, WorkflowDecision.Refuse(Refusal.StaleVersion), now);
        }
        await events.PublishAsync(new DeadlineChanged(deadline.ReviewId, deadline.Id, deadline.Version, actor.DisplayName, now)
            { ByUserId = actor.UserId }, cancellationToken).ConfigureAwait(false);
        return new DeadlineChangeResult(DeadlineChangeStatus.Applied, DeadlineView.From(deadline, Today(now)));
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);

    private static DeadlineChangeResult Refused(ReviewDeadline? deadline, WorkflowDecision decision, DateTimeOffset now) => new(
        decision.Refusal == Refusal.StaleVersion ? DeadlineChangeStatus.Conflict : DeadlineChangeStatus.Refused,
        deadline is null || deadline.Version == 0 ? null : DeadlineView.From(deadline, Today(now)),
        decision.Refusal,
        decision.Detail);
}
