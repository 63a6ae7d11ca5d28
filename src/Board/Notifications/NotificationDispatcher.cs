using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Planner.Board.Persistence;

namespace Planner.Board.Notifications;

/// <summary>
/// Delivers notices: applies each person's choices, stores one row per person and occurrence
/// (a notice already delivered is skipped), tells their open pages, then sends the e-mails.
/// A failing e-mail is logged and left unsent; it never undoes the in-app notification.
/// </summary>
public sealed partial class NotificationDispatcher(
    PlannerDbContext db, NotificationFeed feed, TimeProvider clock, ILogger<NotificationDispatcher> logger, INotificationMailer? mailer = null)
{
    public async Task<IReadOnlyList<Notification>> DeliverAsync(IReadOnlyList<Notice> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notices);
        if (notices.Count == 0)
        {
            return [];
        }
        var userIds = notices.Select(n => n.UserId).Distinct().ToList();
        var keys = notices.Select(n => n.Key).Distinct().ToList();
        var delivered = (await db.Notifications.AsNoTracking().Where(n => userIds.Contains(n.UserId) && keys.Contains(n.Key))
            .Select(n => new { n.UserId, n.Key }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(n => (n.UserId, n.Key)).ToHashSet();
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => userIds.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var added = new List<Notification>();
        foreach (var notice in notices.DistinctBy(n => (n.UserId, n.Key)).Where(n => !delivered.Contains((n.UserId, n.Key))))
        {
            var choice = settings.GetValueOrDefault(notice.UserId) ?? new NotificationSettings(notice.UserId);
            var inApp = choice.WantsInApp(notice.Kind);
            var email = choice.WantsEmail(notice.Kind) && mailer?.IsConfigured == true;
            if (inApp || email)
            {
                added.Add(new Notification(notice, inApp, email, now));
            }
        }
        if (added.Count == 0)
        {
            return [];
        }
        db.Notifications.AddRange(added);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var userId in added.Where(n => n.ShowInApp).Select(n => n.UserId).Distinct())
        {
            feed.Changed(userId);
        }
        await SendEmailsAsync(added.Where(n => n.EmailWanted).ToList(), settings, cancellationToken).ConfigureAwait(false);
        return added;
    }

    private async Task SendEmailsAsync(List<Notification> toSend, Dictionary<Guid, NotificationSettings> settings, CancellationToken cancellationToken)
    {
        if (toSend.Count == 0 || mailer is null)
        {
            return;
        }
        var userIds = toSend.Select(n => n.UserId).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken).ConfigureAwait(false);
        foreach (var notification in toSend)
        {
            try
            {
                var language = settings.GetValueOrDefault(notification.UserId)?.Language ?? "en";
                await mailer.SendAsync(notification, emails[notification.UserId], language, cancellationToken).ConfigureAwait(false);
                notification.MarkEmailed(clock.GetUtcNow());
            }
#pragma warning disable CA1031 // A mail server that is down must not lose the in-app notification or stop the others.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                MailFailed(ex, notification.Id);
            }
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail notification {NotificationId}")]
    private partial void MailFailed(Exception exception, Guid notificationId);
}
