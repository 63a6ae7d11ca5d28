namespace Planner.Board.Notifications;

/// <summary>Sends one notification by e-mail in the person's language; the host implements it with its mailer.</summary>
public interface INotificationMailer
{
    /// <summary>Whether mail can be sent at all; when not, notifications stay in the app.</summary>
    bool IsConfigured { get; }

    Task SendAsync(Notification notification, string email, string language, CancellationToken cancellationToken);
}
