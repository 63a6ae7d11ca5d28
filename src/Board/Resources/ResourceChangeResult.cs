using Planner.Board.Workflow;

namespace Planner.Board.Resources;

/// <summary>What became of a change to a resource, with the resource as it is now (after it, or the latest when refused as stale).</summary>
public sealed record ResourceChangeResult(ResourceChangeStatus Status, ResourceView? Resource, Refusal? Refusal = null, string? Detail = null)
{
    public static ResourceChangeResult NotFound { get; } = new(ResourceChangeStatus.NotFound, null);

    public static ResourceChangeResult Applied(ArticleResource resource) => new(ResourceChangeStatus.Applied, ResourceView.From(resource));

    public static ResourceChangeResult Refused(WorkflowDecision decision, ArticleResource? latest = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.Refusal == Workflow.Refusal.StaleVersion ? ResourceChangeStatus.Conflict : ResourceChangeStatus.Refused,
            latest is null ? null : ResourceView.From(latest), decision.Refusal, decision.Detail);
    }
}
