namespace Planner.Board.Notifications;

/// <summary>
/// A notice delivered to one person: shown in the app (when they want that kind there), e-mailed
/// (when they want it by e-mail), or both. The row is kept either way, so that a job running twice
/// never sends the same notice again (one row per user and <see cref="Key"/>).
/// </summary>
public sealed class Notification
{
    public const int MaxDetailLength = 300;

    private Notification()
    {
    }

    internal Notification(Notice notice, bool showInApp, bool email, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = notice.UserId;
        ReviewId = notice.ReviewId;
        Kind = notice.Kind;
        Key = notice.Key;
        ByName = notice.ByName;
        TileId = notice.TileId;
        ArticleNumber = notice.ArticleNumber;
        DeadlineId = notice.DeadlineId;
        Detail = notice.Detail.Length > MaxDetailLength ? notice.Detail[..MaxDetailLength] + "…" : notice.Detail;
        DueDate = notice.DueDate;
        ShowInApp = showInApp;
        EmailWanted = email;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid ReviewId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Key { get; private set; } = "";

    /// <summary>Who made the change; "" for the deadline job.</summary>
    public string ByName { get; private set; } = "";

    public Guid? TileId { get; private set; }

    public int? ArticleNumber { get; private set; }

    public Guid? DeadlineId { get; private set; }

    /// <summary>The column moved to, the deadline's kind or label, or the start of the comment.</summary>
    public string Detail { get; private set; } = "";

    public DateOnly? DueDate { get; private set; }

    public bool ShowInApp { get; private set; }

    public bool EmailWanted { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void MarkEmailed(DateTimeOffset now) => EmailedAt = now;
}
