using Planner.Board.Workflow;

namespace Planner.Board.Deadlines;

/// <summary>
/// One agreed deadline of a review. Every change raises <see cref="Version"/> and is kept in
/// <see cref="History"/> with its reason; a change based on an older version is refused, so two
/// States adjusting the same date at once never overwrite each other.
/// </summary>
public sealed class ReviewDeadline
{
    public const int MaxLabelLength = 200;
    public const int MaxReasonLength = 2_000;

    private readonly List<DeadlineChange> history = [];

    private ReviewDeadline()
    {
    }

    private ReviewDeadline(Guid id, Guid reviewId, DeadlineKind kind, string? label)
    {
        Id = id;
        ReviewId = reviewId;
        Kind = kind;
        Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    public DeadlineKind Kind { get; private set; }

    /// <summary>The name of a <see cref="DeadlineKind.Custom"/> deadline; optional for the others.</summary>
    public string? Label { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>Whether the step was done; a met deadline is never overdue.</summary>
    public bool Met { get; private set; }

    /// <summary>0 before the deadline is first set; rises by one with every change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<DeadlineChange> History => history;

    /// <summary>Overdue: the date has passed and the step is not marked met.</summary>
    public bool IsOverdueOn(DateOnly today) => !Met && DueDate < today;

    /// <summary>A new deadline; it exists once its first change (with a reason) is applied.</summary>
    public static (WorkflowDecision Decision, ReviewDeadline? Deadline) Create(
        Guid id, Guid reviewId, DeadlineKind kind, string? label, DeadlineUpdate update, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        var decision = DeadlineRules.CheckNew(kind, label);
        if (!decision.IsAllowed)
        {
            return (decision, null);
        }
        var deadline = new ReviewDeadline(id, reviewId, kind, label);
        decision = deadline.Adjust(update, actor, expectedVersion: 0, now);
        return decision.IsAllowed ? (decision, deadline) : (decision, null);
    }

    public WorkflowDecision Adjust(DeadlineUpdate update, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(actor);
        if (expectedVersion != Version)
        {
            return WorkflowDecision.Refuse(Refusal.StaleVersion);
        }
        var decision = DeadlineRules.CanAdjust(actor);
        if (decision.IsAllowed)
        {
            decision = DeadlineRules.CheckReason(update.Reason);
        }
        if (!decision.IsAllowed)
        {
            return decision;
        }
        history.Add(new DeadlineChange(Id, ReviewId, Version + 1, Version == 0 ? null : DueDate, update.DueDate, Version != 0 && Met, update.Met,
            update.Reason.Trim(), actor.UserId, actor.DisplayName, now));
        DueDate = update.DueDate;
        Met = update.Met;
        Version++;
        return decision;
    }
}
