namespace Planner.Host.Mail;

/// <summary>
/// "Planner:Mail". Mail is off unless configured: either an SMTP server, or a pickup folder where
/// each message is written as an .eml file (for a local mail agent, or to read in development).
/// When both are set, the SMTP server is used.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Planner:Mail";

    public string From { get; set; } = "planner@localhost";

    /// <summary>The name mail clients show for <see cref="From"/>.</summary>
    public string FromName { get; set; } = "Planner";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public MailSecurity SmtpSecurity { get; set; } = MailSecurity.StartTlsWhenAvailable;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string? PickupFolder { get; set; }

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    public bool IsConfigured => UsesSmtp || !string.IsNullOrWhiteSpace(PickupFolder);
}
