using System.Text;
using Planner.Board.Documents;

namespace Planner.Board.Tests.Documents;

public sealed class DocumentTypeDetectorTests
{
    public static TheoryData<string, string, DocumentType> Accepted => new()
    {
        { nameof(DocumentSamples.Pdf), "law.pdf", DocumentType.Pdf },
        { nameof(DocumentSamples.Png), "chart.png", DocumentType.Png },
        { nameof(DocumentSamples.Jpeg), "scan.jpg", DocumentType.Jpeg },
        { nameof(DocumentSamples.Docx), "answer.docx", DocumentType.Docx },
        { nameof(DocumentSamples.Xlsx), "statistics.xlsx", DocumentType.Xlsx },
        { nameof(DocumentSamples.Odt), "case.odt", DocumentType.Odt },
        { nameof(DocumentSamples.Text), "notes.txt", DocumentType.Txt },
        { nameof(DocumentSamples.Csv), "cases.csv", DocumentType.Csv },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Detect_ValidSample_ReturnsItsType(string sample, string fileName, DocumentType expected) =>
        Assert.Equal(expected, DocumentTypeDetector.Detect(Sample(sample), fileName));

    [Theory]
    [InlineData(nameof(DocumentSamples.Pdf), "law.txt")]
    [InlineData(nameof(DocumentSamples.Docx), "answer.pdf")]
    [InlineData(nameof(DocumentSamples.Png), "picture")]
    public void Detect_MisleadingName_TypeComesFromTheBytes(string sample, string fileName) =>
        Assert.Equal(DocumentTypeDetector.Detect(Sample(sample), sample.ToLowerInvariant()), DocumentTypeDetector.Detect(Sample(sample), fileName));

    [Fact]
    public void Detect_CsvContentNamedTxt_ReturnsTxt() =>
        Assert.Equal(DocumentType.Txt, DocumentTypeDetector.Detect(DocumentSamples.Csv, "cases.txt"));

    [Fact]
    public void Detect_TextNamedCsv_ReturnsCsv() =>
        Assert.Equal(DocumentType.Csv, DocumentTypeDetector.Detect(DocumentSamples.Text, "NOTES.CSV"));

    [Theory]
    [InlineData(nameof(DocumentSamples.Executable), "report.pdf")]
    [InlineData(nameof(DocumentSamples.Executable), "report.txt")]
    [InlineData(nameof(DocumentSamples.Elf), "report.pdf")]
    [InlineData(nameof(DocumentSamples.Ods), "sheet.odt")]
    [InlineData(nameof(DocumentSamples.PlainZip), "archive.docx")]
    [InlineData(nameof(DocumentSamples.Docm), "answer.docx")]
    public void Detect_RefusedSample_ReturnsNull(string sample, string fileName) =>
        Assert.Null(DocumentTypeDetector.Detect(Sample(sample), fileName));

    [Fact]
    public void Detect_RandomBytes_ReturnsNull() =>
        Assert.Null(DocumentTypeDetector.Detect(DocumentSamples.RandomBytes(4096), "data.pdf"));

    [Fact]
    public void Detect_Empty_ReturnsNull() => Assert.Null(DocumentTypeDetector.Detect(Array.Empty<byte>(), "empty.txt"));

    [Fact]
    public void Detect_ZipSignatureWithGarbage_ReturnsNull() =>
        Assert.Null(DocumentTypeDetector.Detect(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8 }, "answer.docx"));

    [Theory]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 })]
    [InlineData(new byte[] { 0x61, 0x1B, 0x5B, 0x33, 0x31, 0x6D })]
    [InlineData(new byte[] { 0x61, 0xC3, 0x28 })]
    [InlineData(new byte[] { 0x61, 0x62, 0xE2, 0x82 })]
    [InlineData(new byte[] { 0x61, 0xC2, 0x85, 0x62 })]
    public void Detect_TextWithNulControlOrBadUtf8_ReturnsNull(byte[] content) =>
        Assert.Null(DocumentTypeDetector.Detect(content, "notes.txt"));

    [Fact]
    public void Detect_TextWithByteOrderMark_ReturnsTxt() =>
        Assert.Equal(DocumentType.Txt, DocumentTypeDetector.Detect((byte[])[.. Encoding.UTF8.GetPreamble(), .. "hello"u8.ToArray()], "a.txt"));

    [Fact]
    public void Detect_Utf16Text_ReturnsNull() =>
        Assert.Null(DocumentTypeDetector.Detect(Encoding.Unicode.GetBytes("hello"), "a.txt"));

    private static byte[] Sample(string name) =>
        (byte[])typeof(DocumentSamples).GetProperty(name)!.GetValue(null)!;
}
