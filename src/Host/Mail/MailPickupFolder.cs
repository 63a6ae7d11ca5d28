using MimeKit;

namespace Planner.Host.Mail;

/// <summary>Writes messages as RFC 5322 .eml files that a local mail agent (or any mail client) can pick up.</summary>
internal static class MailPickupFolder
{
    // CRLF line ends whatever the platform, as RFC 5322 and pickup agents expect.
    private static readonly FormatOptions Format = new() { NewLineFormat = NewLineFormat.Dos };

    public static async Task WriteAsync(string folder, MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateDirectory(folder).FullName;
        // 7-bit transfer encodings (quoted-printable or base64 for UTF-8 text), so any agent may relay the file as it is.
        message.Prepare(EncodingConstraint.SevenBit);
        var name = Guid.NewGuid().ToString("N");
        var partial = Path.Combine(directory, name + ".tmp");
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(Format, file, cancellationToken).ConfigureAwait(false);
        }
        // Renamed when complete, so an agent (or a reader) never picks up half a message.
        File.Move(partial, Path.Combine(directory, name + ".eml"));
    }
}
