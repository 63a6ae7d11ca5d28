namespace Planner.Board.Notifications;

/// <summary>What a notification is about; each user chooses which kinds they get, in the app and by e-mail.</summary>
public enum NotificationKind
{
    /// <summary>An article was assigned to your agency.</summary>
    TileAssigned,

    /// <summary>An article arrived in a column where you act (Answer: its agencies' experts; Review: reviewers…).</summary>
    TileMoved,

    /// <summary>A comment mentions you (@Name or @e-mail).</summary>
    Mentioned,

    /// <summary>A review deadline is near (by default 7 days before).</summary>
    DeadlineApproaching,

    /// <summary>A review deadline has passed and is not marked met.</summary>
    DeadlineOverdue,
}
