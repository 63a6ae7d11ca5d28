using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Planner.Host.Mail;

/// <summary>
/// Sends plain-text UTF-8 mail with MailKit: through SMTP when a server is configured, otherwise as
/// .eml files in the pickup folder. (System.Net.Mail.SmtpClient is not recommended for new work.)
/// </summary>
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
        using var message = Compose(settings, to, subject, body);
        if (settings.UsesSmtp)
        {
            await SendOverSmtpAsync(settings, message, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await MailPickupFolder.WriteAsync(settings.PickupFolder!, message, cancellationToken).ConfigureAwait(false);
        }
    }

    private static MimeMessage Compose(MailOptions settings, string to, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var text = new TextPart(MimeKit.Text.TextFormat.Plain);
        text.SetText(System.Text.Encoding.UTF8, body);
        message.Body = text;
        return message;
    }

    private static async Task SendOverSmtpAsync(MailOptions settings, MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, Security(settings.SmtpSecurity), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken).ConfigureAwait(false);
        }
        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private static SecureSocketOptions Security(MailSecurity security) => security switch
    {
        MailSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown Planner:Mail:SmtpSecurity."),
    };
}
