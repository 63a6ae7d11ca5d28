using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.Persistence;

namespace Planner.Board.Notifications;

/// <summary>One person's notifications and choices. Everything is the signed-in user's own, so another's id is "not found".</summary>
public sealed class NotificationInbox(PlannerDbContext db, NotificationFeed feed, TimeProvider clock, AuditActor? auditActor = null)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<NotificationView>> ListAsync(Guid userId, CancellationToken cancellationToken = default) =>
        (await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.ShowInApp)
            .OrderByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(NotificationView.From).ToList();

    public Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ShowInApp && n.ReadAt == null, cancellationToken);

    /// <summary>Marks one notification read; false when it is not this user's.</summary>
    public async Task<bool> MarkReadAsync(Guid userId, Guid notificationId, CancellationToken cancellationToken = default)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId && n.ShowInApp, cancellationToken)
            .ConfigureAwait(false);
        if (notification is null)
        {
            return false;
        }
        await ActAsAsync(userId, cancellationToken).ConfigureAwait(false);
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        feed.Changed(userId);
        return true;
    }

    public async Task MarkAllReadAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var unread = await db.Notifications.Where(n => n.UserId == userId && n.ShowInApp && n.ReadAt == null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await ActAsAsync(userId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        unread.ForEach(n => n.MarkRead(now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        feed.Changed(userId);
    }

    public async Task<NotificationChoices> GetChoicesAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var settings = await db.NotificationSettings.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken)
            .ConfigureAwait(false) ?? new NotificationSettings(userId);
        return new([.. settings.InAppKinds.Order()], [.. settings.EmailKinds.Order()], settings.Language);
    }

    public async Task<NotificationChoices> SaveChoicesAsync(Guid userId, NotificationChoices choices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var settings = await db.NotificationSettings.FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (settings is null)
        {
            settings = new NotificationSettings(userId);
            db.NotificationSettings.Add(settings);
        }
        await ActAsAsync(userId, cancellationToken).ConfigureAwait(false);
        settings.Choose(choices.InApp, choices.Email, choices.Language);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await GetChoicesAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    private async Task ActAsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        auditActor?.Set(userId, name ?? "unknown");
    }
}
