using Planner.Board.Workflow;

namespace Planner.Board.Deadlines.Commands;

/// <summary>What became of a deadline change, with the deadline as it is now (after it, or the latest when refused).</summary>
public sealed record DeadlineChangeResult(DeadlineChangeStatus Status, DeadlineView? Deadline, Refusal? Refusal = null, string? Detail = null)
{
    public static DeadlineChangeResult NotFound { get; } = new(DeadlineChangeStatus.NotFound, null);
}

public enum DeadlineChangeStatus
{
    Applied,
    /// <summary>No such review (or deadline on it), or the user has no role on the review.</summary>
    NotFound,
    /// <summary>The role may not, or the change is invalid (no reason, no label).</summary>
    Refused,
    /// <summary>Someone changed the deadline first; the result carries the latest state.</summary>
    Conflict,
}
