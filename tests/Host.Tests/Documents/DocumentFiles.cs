using System.IO.Compression;
using System.Text;

namespace Planner.Host.Tests.Documents;

/// <summary>Small files for the upload tests, made in code.</summary>
internal static class DocumentFiles
{
    /// <summary>A string that must never appear in the encrypted file on disk.</summary>
    public const string Marker = "PLAINTEXT-MARKER-7f3a91-UNCAC-Article-13";

    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Text { get; } = Encoding.UTF8.GetBytes(
        string.Concat(Enumerable.Repeat($"{Marker} — Ética, قانون, 反腐败\r\n", 50)));

    public static byte[] Docx { get; } = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    /// <summary>A Windows executable's header: "MZ", NUL bytes and the DOS stub's message.</summary>
    public static byte[] Executable { get; } =
        [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00,
         .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.")];

    public static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
