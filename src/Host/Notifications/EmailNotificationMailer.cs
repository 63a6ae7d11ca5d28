using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Planner.Board.Notifications;
using Planner.Host.Localization;
using Planner.Host.Mail;

namespace Planner.Host.Notifications;

/// <summary>Writes a notification as an e-mail in the recipient's chosen language and sends it with the <see cref="Mailer"/>.</summary>
public sealed class EmailNotificationMailer(Mailer mailer, IStringLocalizer<Strings> text, IOptions<NotificationOptions> options) : INotificationMailer
{
    public bool IsConfigured => mailer.IsConfigured;

    public async Task SendAsync(Notification notification, string email, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var (subject, body) = Compose(notification, language);
        await mailer.SendAsync(email, subject, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The subject and body in <paramref name="language"/>; the localizer reads the current UI culture, so it is switched for the call.</summary>
    public (string Subject, string Body) Compose(Notification notification, string language)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var message = NotificationText.Describe(text, NotificationView.From(notification));
            var link = new Uri(options.Value.PublicUrl, $"boards/{notification.ReviewId}");
            var body = text["Mail.Notification.Body", message, link, new Uri(options.Value.PublicUrl, "notifications/settings")];
            return (text["Mail.Notification.Subject", message], body);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
