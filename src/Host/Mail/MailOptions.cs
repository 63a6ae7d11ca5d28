namespace Planner.Host.Mail;

/// <summary>
/// "Planner:Mail". Mail is off unless configured: either an SMTP server, or a pickup folder where
/// each message is written as an .eml file (for a local mail agent, or to read in development).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Planner:Mail";

    public string From { get; set; } = "planner@localhost";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpTls { get; set; } = true;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string? PickupFolder { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SmtpHost) || !string.IsNullOrWhiteSpace(PickupFolder);
}
