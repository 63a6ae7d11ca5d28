using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Resources.Commands;

/// <summary>
/// The spine of a change to an existing resource, as <c>TileChangeRunner</c> is for tiles: the
/// secretariat only, the resource (removed ones are gone), the change, then a save with the version
/// check; a stale change is refused with the latest state and nothing is overwritten.
/// </summary>
public sealed class ResourceChangeRunner(PlannerDbContext db, TimeProvider clock, AuditActor? auditActor = null)
{
    public async Task<ResourceChangeResult> RunAsync(
        Guid resourceId, Guid userId, Func<ArticleResource, User, DateTimeOffset, WorkflowDecision> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var user = await ResourceRules.SecretariatAsync(db, userId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return ResourceChangeResult.Refused(WorkflowDecision.Refuse(Refusal.RoleMayNotEditResources));
        }
        var resource = await db.Resources.FirstOrDefaultAsync(r => r.Id == resourceId && !r.IsRemoved, cancellationToken).ConfigureAwait(false);
        if (resource is null)
        {
            return ResourceChangeResult.NotFound;
        }
        var decision = change(resource, user, clock.GetUtcNow());
        if (!decision.IsAllowed)
        {
            // Nothing of a refused change may reach a later save.
            db.ChangeTracker.Clear();
            return ResourceChangeResult.Refused(decision, await LatestAsync(resourceId, cancellationToken).ConfigureAwait(false));
        }
        auditActor?.Set(user.Id, user.DisplayName);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved first: report their state, keep ours unsaved.
            db.ChangeTracker.Clear();
            return ResourceChangeResult.Refused(WorkflowDecision.Refuse(Refusal.StaleVersion),
                await LatestAsync(resourceId, cancellationToken).ConfigureAwait(false));
        }
        return ResourceChangeResult.Applied(resource);
    }

    private Task<ArticleResource?> LatestAsync(Guid resourceId, CancellationToken cancellationToken) =>
        db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
}
