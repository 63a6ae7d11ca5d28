namespace Planner.Board.Deadlines;

/// <summary>One change of a deadline: who, when, from what to what, and why. Appended, never edited.</summary>
public sealed class DeadlineChange
{
    private DeadlineChange()
    {
    }

    internal DeadlineChange(Guid deadlineId, Guid reviewId, int version, DateOnly? fromDate, DateOnly toDate, bool fromMet, bool toMet, string reason,
        Guid changedById, string changedByName, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        DeadlineId = deadlineId;
        ReviewId = reviewId;
        Version = version;
        FromDate = fromDate;
        ToDate = toDate;
        FromMet = fromMet;
        ToMet = toMet;
        Reason = reason;
        ChangedById = changedById;
        ChangedByName = changedByName;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid DeadlineId { get; private set; }

    /// <summary>Kept so the audit log files the change under its review.</summary>
    public Guid ReviewId { get; private set; }

    /// <summary>The deadline's version after this change: orders the history even within one clock tick.</summary>
    public int Version { get; private set; }

    /// <summary>Null when the deadline was first set.</summary>
    public DateOnly? FromDate { get; private set; }

    public DateOnly ToDate { get; private set; }

    public bool FromMet { get; private set; }

    public bool ToMet { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid ChangedById { get; private set; }

    public string ChangedByName { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}
