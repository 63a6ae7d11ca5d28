using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Planner.Host.Mail;

/// <summary>Sends plain-text mail through SMTP or into a pickup folder, as configured.</summary>
public sealed class Mailer(IOptions<MailOptions> options)
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            throw new InvalidOperationException("Mail is not configured (Planner:Mail).");
        }
        using var message = new MailMessage(settings.From, to, subject, body) { BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8 };
        using var client = string.IsNullOrWhiteSpace(settings.PickupFolder)
            ? new SmtpClient(settings.SmtpHost, settings.SmtpPort)
            {
                EnableSsl = settings.SmtpTls,
                Credentials = settings.SmtpUser is null ? null : new NetworkCredential(settings.SmtpUser, settings.SmtpPassword),
            }
            : new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Directory.CreateDirectory(settings.PickupFolder).FullName,
            };
        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
