namespace Planner.Board.Notifications;

/// <summary>A notification as the list shows it.</summary>
public sealed record NotificationView(
    Guid Id, NotificationKind Kind, Guid ReviewId, Guid? TileId, int? ArticleNumber, Guid? DeadlineId,
    string Detail, DateOnly? DueDate, string By, DateTimeOffset CreatedAt, bool IsRead)
{
    public static NotificationView From(Notification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new(n.Id, n.Kind, n.ReviewId, n.TileId, n.ArticleNumber, n.DeadlineId, n.Detail, n.DueDate, n.ByName, n.CreatedAt, n.ReadAt is not null);
    }
}

/// <summary>Someone's choices as the preferences page and the API show them.</summary>
public sealed record NotificationChoices(IReadOnlyList<NotificationKind> InApp, IReadOnlyList<NotificationKind> Email, string Language);
