namespace Planner.Board.Deadlines;

/// <summary>A deadline as the review's first screen shows it, with its history, newest first.</summary>
public sealed record DeadlineView(
    Guid Id, DeadlineKind Kind, string? Label, DateOnly DueDate, bool Met, bool IsOverdue, int Version,
    IReadOnlyList<DeadlineChangeView> History)
{
    public static DeadlineView From(ReviewDeadline deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new(deadline.Id, deadline.Kind, deadline.Label, deadline.DueDate, deadline.Met, deadline.IsOverdueOn(today), deadline.Version,
            deadline.History.OrderByDescending(c => c.Version)
                .Select(c => new DeadlineChangeView(c.ChangedByName, c.At, c.FromDate, c.ToDate, c.FromMet, c.ToMet, c.Reason)).ToList());
    }
}

public sealed record DeadlineChangeView(string By, DateTimeOffset At, DateOnly? FromDate, DateOnly ToDate, bool FromMet, bool ToMet, string Reason);

/// <summary>A review's deadlines, earliest first, and whether the asking user may adjust them.</summary>
public sealed record DeadlineList(Guid ReviewId, bool CanAdjust, IReadOnlyList<DeadlineView> Deadlines);
