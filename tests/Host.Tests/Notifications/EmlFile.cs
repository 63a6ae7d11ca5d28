using MimeKit;

namespace Planner.Host.Tests.Notifications;

/// <summary>An .eml file from the pickup folder, read with MimeKit as a mail client would: the To address, the decoded subject and the text body.</summary>
internal sealed record EmlFile(string To, string Subject, string Body)
{
    /// <summary>The message, or null when the file cannot be read (yet).</summary>
    public static EmlFile? TryRead(string path)
    {
        try
        {
            using var message = MimeMessage.Load(path);
            return new EmlFile(message.To.ToString(), message.Subject ?? "", message.TextBody ?? "");
        }
        catch (IOException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
