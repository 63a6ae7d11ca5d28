using Microsoft.Extensions.Localization;
using Planner.Board.Deadlines;
using Planner.Board.Notifications;
using Planner.Host.Localization;

namespace Planner.Host.Notifications;

/// <summary>One sentence per notification in the current language, shared by the list, the bell and e-mails.</summary>
public static class NotificationText
{
    public static string Describe(IStringLocalizer<Strings> text, NotificationView n)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(n);
        return n.Kind switch
        {
            NotificationKind.TileAssigned => text["Notification.TileAssigned", n.ArticleNumber ?? 0, n.By],
            NotificationKind.TileMoved => text["Notification.TileMoved", n.ArticleNumber ?? 0, text[$"Column.{n.Detail}"], n.By],
            NotificationKind.Mentioned => text["Notification.Mentioned", n.ArticleNumber ?? 0, n.By],
            NotificationKind.DeadlineApproaching => text["Notification.DeadlineApproaching", DeadlineName(text, n.Detail), Due(n)],
            NotificationKind.DeadlineOverdue => text["Notification.DeadlineOverdue", DeadlineName(text, n.Detail), Due(n)],
        };
    }

    /// <summary>A standard deadline by its translated name; a custom one by the label the States gave it.</summary>
    public static string DeadlineName(IStringLocalizer<Strings> text, string kindOrLabel)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.TryParse<DeadlineKind>(kindOrLabel, out var kind) && kind != DeadlineKind.Custom ? text[$"Deadline.{kind}"] : kindOrLabel;
    }

    private static string Due(NotificationView n) => n.DueDate is { } due ? Dates.Format(due) : "";
}
