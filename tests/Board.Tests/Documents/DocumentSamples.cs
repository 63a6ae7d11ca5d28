using System.IO.Compression;
using System.Text;

namespace Planner.Board.Tests.Documents;

/// <summary>The smallest files of each kind that carry what detection looks at, made in code.</summary>
internal static class DocumentSamples
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png { get; } =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    public static byte[] Jpeg { get; } =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Docx { get; } = Zip(
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));

    public static byte[] Xlsx { get; } = Zip(
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));

    public static byte[] Odt { get; } = Zip(
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));

    /// <summary>An OpenDocument spreadsheet: a zip, but none of the accepted three.</summary>
    public static byte[] Ods { get; } = Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"));

    public static byte[] PlainZip { get; } = Zip(("readme.txt", "just an archive"));

    /// <summary>A Word document with macros, renamed .docx.</summary>
    public static byte[] Docm { get; } = Zip(("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"));

    public static byte[] Text { get; } = Encoding.UTF8.GetBytes("Ley N.º 2003 — Ética pública\r\nقانون مكافحة الفساد\n\tArticle 5: 反腐败\n");

    public static byte[] Csv { get; } = Encoding.UTF8.GetBytes("year,cases\n2023,112\n2024,98\n");

    /// <summary>The start of a Windows executable: "MZ", then the DOS header with its NUL bytes.</summary>
    public static byte[] Executable { get; } =
    [
        0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00,
        0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode."),
    ];

    public static byte[] Elf { get; } = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00];

    public static byte[] RandomBytes(int count, int seed = 42)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
