using System.Buffers;
using System.Globalization;
using System.Text;

namespace Planner.Board.Documents;

/// <summary>
/// Turns the name a browser or client sent into a safe display name: no directories, no control
/// or invisible formatting characters (such as a right-to-left override that makes "fdp.exe"
/// look like "exe.pdf"), no characters reserved on common file systems, no leading dots, no
/// device names, at most <see cref="MaxLength"/> characters, and always the extension of the
/// type found in the bytes. The name is only ever shown and offered as a download name; files
/// on disk are named by a random id.
/// </summary>
public static class DocumentFileName
{
    public const int MaxLength = 120;

    public const string Fallback = "document";

    private static readonly SearchValues<char> Reserved = SearchValues.Create("<>:\"/\\|?*");

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Whether the name tries to climb out of a folder ("../x", "..\x"). Such a name is refused
    /// outright: browsers never send one, so it is a crafted request. Other folder parts (an old
    /// browser's "C:\Users\…\x.pdf") are only cut off by <see cref="Sanitise"/>.
    /// </summary>
    public static bool IsPathTraversal(string? name) =>
        name is not null && name.Split('/', '\\').Any(segment => segment.Trim() == "..");

    public static string Sanitise(string? name, DocumentType type)
    {
        var text = name ?? "";
        // Whatever a client calls the file, only its last segment counts, with either separator.
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsControl(rune) || category is UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || (rune.IsBmp && Reserved.Contains((char)rune.Value)))
            {
                continue;
            }
            kept.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }
        text = kept.ToString().Trim().TrimStart('.').Trim();

        var stem = StemOf(text, type);
        if (DeviceNames.Contains(stem.Split('.')[0].TrimEnd()))
        {
            stem = "_" + stem;
        }
        var extension = ExtensionOf(text, type);
        stem = Truncate(stem, MaxLength - extension.Length).TrimEnd('.', ' ');
        return (stem.Length == 0 ? Fallback : stem) + extension;
    }

    /// <summary>The name without its last extension (which the detected type replaces).</summary>
    private static string StemOf(string name, DocumentType type)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return name;
        }
        var extension = name[dot..];
        return IsExtensionLike(extension) || type.KnownExtensions().Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? name[..dot].TrimEnd()
            : name;
    }

    /// <summary>The extension the user gave when it fits the type (".jpeg" stays), else the type's own.</summary>
    private static string ExtensionOf(string name, DocumentType type)
    {
        var dot = name.LastIndexOf('.');
        var given = dot > 0 ? name[dot..].ToLowerInvariant() : "";
        return type.KnownExtensions().Contains(given, StringComparer.Ordinal) ? given : type.Extension();
    }

    private static bool IsExtensionLike(string extension) =>
        extension.Length is > 1 and <= 6 && extension.Skip(1).All(char.IsAsciiLetterOrDigit);

    /// <summary>Cuts to at most <paramref name="max"/> UTF-16 units without splitting a character.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var end = max;
        if (char.IsLowSurrogate(text[end]) && end > 0)
        {
            end--;
        }
        return text[..end];
    }
}
