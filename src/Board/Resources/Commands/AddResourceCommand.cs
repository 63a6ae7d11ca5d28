using Planner.Board.Audit;
using Planner.Board.Convention;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Resources.Commands;

/// <summary>The secretariat adds a resource; audited against them like every change.</summary>
public sealed class AddResourceCommand(PlannerDbContext db, ConventionCatalog catalog, TimeProvider clock, AuditActor? auditActor = null)
{
    public async Task<ResourceChangeResult> ExecuteAsync(ResourceDraft draft, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var user = await ResourceRules.SecretariatAsync(db, userId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return ResourceChangeResult.Refused(WorkflowDecision.Refuse(Refusal.RoleMayNotEditResources));
        }
        var (decision, resource) = ArticleResource.Create(Guid.NewGuid(), draft, catalog, user, clock.GetUtcNow());
        if (resource is null)
        {
            return ResourceChangeResult.Refused(decision);
        }
        auditActor?.Set(user.Id, user.DisplayName);
        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ResourceChangeResult.Applied(resource);
    }
}
