namespace Planner.Host.Mail;

/// <summary>How the connection to the SMTP server is protected ("Planner:Mail:SmtpSecurity").</summary>
public enum MailSecurity
{
    /// <summary>Upgrade with STARTTLS when the server offers it, otherwise send in the clear (the default, as most relays on port 587 do).</summary>
    StartTlsWhenAvailable,

    /// <summary>Always upgrade with STARTTLS; a server that does not offer it is refused.</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, usually port 465).</summary>
    SslOnConnect,

    /// <summary>No TLS at all: only for a relay on the same machine or a trusted network.</summary>
    None,
}
