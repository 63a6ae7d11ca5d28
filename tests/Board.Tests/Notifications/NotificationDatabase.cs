using Microsoft.Extensions.Logging.Abstractions;
using Planner.Board.Notifications;
using Planner.Board.Persistence;
using Planner.Board.Tests.Builders;

namespace Planner.Board.Tests.Notifications;

/// <summary>The notification services over one context, as the host wires them, with a recording mailer.</summary>
internal sealed class NotificationServices(PlannerDbContext db, TimeProvider? clock = null)
{
    public RecordingMailer Mailer { get; } = new();

    public NotificationFeed Feed { get; } = new();

    public NotificationRecipients Recipients => new(db, new ReviewPeople(db));

    public DeadlineReminders Reminders => new(db, new ReviewPeople(db));

    public NotificationDispatcher Dispatcher => new(db, Feed, clock ?? new FakeClock(Actors.Now), NullLogger<NotificationDispatcher>.Instance, Mailer);

    public NotificationInbox Inbox => new(db, Feed, clock ?? new FakeClock(Actors.Now));
}

internal sealed class RecordingMailer : INotificationMailer
{
    public List<(Guid UserId, NotificationKind Kind, string Language)> Sent { get; } = [];

    public bool IsConfigured => true;

    public Task SendAsync(Notification notification, string email, string language, CancellationToken cancellationToken)
    {
        Sent.Add((notification.UserId, notification.Kind, language));
        return Task.CompletedTask;
    }
}
