using System.Text;
using System.Text.RegularExpressions;

namespace Planner.Host.Tests.Notifications;

/// <summary>
/// Just enough of an .eml file (as SmtpClient writes to a pickup folder) to check a message:
/// the To address, the subject (RFC 2047 encoded words decoded) and the body (base64 or
/// quoted-printable decoded).
/// </summary>
internal sealed partial record EmlFile(string To, string Subject, string Body)
{
    /// <summary>The message, or null while the mailer is still writing it.</summary>
    public static EmlFile? TryRead(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0 || !text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            return null;
        }
        // Folded header lines continue with white space.
        var headers = text[..split].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal).Split("\r\n");
        string Header(string name) => headers.FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? "";
        var body = text[(split + 4)..];
        body = Header("Content-Transfer-Encoding").ToUpperInvariant() switch
        {
            "BASE64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal))),
            "QUOTED-PRINTABLE" => QuotedPrintable(body),
            _ => body,
        };
        return new EmlFile(Header("To"), Words(Header("Subject")), body);
    }

    // White space between two encoded words is not part of the text (RFC 2047, 6.2).
    private static string Words(string value) => EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m =>
    {
        var bytes = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Convert.FromBase64String(m.Groups[3].Value)
            : QuotedPrintableBytes(m.Groups[3].Value.Replace('_', ' '));
        return Encoding.GetEncoding(m.Groups[1].Value).GetString(bytes);
    });

    private static string QuotedPrintable(string value) => Encoding.UTF8.GetString(QuotedPrintableBytes(value));

    private static byte[] QuotedPrintableBytes(string value)
    {
        var joined = value.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
