using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Planner.Board.Documents;

/// <summary>
/// Decides what a file is from its bytes, never from its name: PDF, PNG and JPEG by their
/// signatures; DOCX, XLSX and ODT by the entries of their zip container; TXT and CSV as valid
/// UTF-8 without NUL or control characters (CSV only when the name ends in .csv). Everything
/// else — executables, archives, macro-enabled Office files, other binaries — is refused.
/// </summary>
public static class DocumentTypeDetector
{
    private const string OdtMimeType = "application/vnd.oasis.opendocument.text";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] WindowsExecutable = "MZ"u8.ToArray();
    private static readonly byte[] LinuxExecutable = [0x7F, 0x45, 0x4C, 0x46];

    /// <summary>The type of <paramref name="content"/>, or null when it is not one Planner accepts.</summary>
    public static DocumentType? Detect(ReadOnlyMemory<byte> content, string? fileName)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty || bytes.StartsWith(WindowsExecutable) || bytes.StartsWith(LinuxExecutable))
        {
            return null;
        }
        if (bytes.StartsWith(Pdf))
        {
            return DocumentType.Pdf;
        }
        if (bytes.StartsWith(Png))
        {
            return DocumentType.Png;
        }
        if (bytes.StartsWith(Jpeg))
        {
            return DocumentType.Jpeg;
        }
        if (bytes.StartsWith(Zip))
        {
            return OfficeType(content);
        }
        if (!IsPlainText(bytes))
        {
            return null;
        }
        return fileName?.TrimEnd().EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true ? DocumentType.Csv : DocumentType.Txt;
    }

    /// <summary>
    /// Valid UTF-8 (a byte-order mark allowed) with no NUL and no control character other than
    /// tab, carriage return and line feed.
    /// </summary>
    internal static bool IsPlainText(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) != OperationStatus.Done)
            {
                return false;
            }
            if (Rune.IsControl(rune) && rune.Value is not ('\t' or '\r' or '\n'))
            {
                return false;
            }
            bytes = bytes[consumed..];
        }
        return true;
    }

    private static DocumentType? OfficeType(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(ReadOnlyStream(content), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            // Macro-enabled documents (.docm, .xlsm renamed) carry a VBA project: refused.
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
            if (names.Contains("word/document.xml"))
            {
                return DocumentType.Docx;
            }
            if (names.Contains("xl/workbook.xml"))
            {
                return DocumentType.Xlsx;
            }
            return zip.GetEntry("mimetype") is { } mimetype && ReadShortText(mimetype) == OdtMimeType ? DocumentType.Odt : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Reads at most a hundred bytes, so a crafted entry cannot make us inflate much.</summary>
    private static string ReadShortText(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[100];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }
        return Encoding.ASCII.GetString(buffer, 0, total);
    }

    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
