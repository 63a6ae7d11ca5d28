namespace Planner.Board.Workflow;

/// <summary>Whether a change may happen and, if not, why.</summary>
public sealed record WorkflowDecision(Refusal? Refusal, string? Detail = null)
{
    public static WorkflowDecision Allowed { get; } = new((Refusal?)null);

    public bool IsAllowed => Refusal is null;

    public static WorkflowDecision Refuse(Refusal refusal, string? detail = null) => new(refusal, detail);
}
