using Planner.Board.Documents;

namespace Planner.Board.Tests.Documents;

public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", DocumentType.Txt, "passwd.txt")]
    [InlineData("..\\..\\x.pdf", DocumentType.Pdf, "x.pdf")]
    [InlineData("C:\\Users\\me\\Desktop\\Ley 2003.pdf", DocumentType.Pdf, "Ley 2003.pdf")]
    [InlineData("/var/www/html/index.docx", DocumentType.Docx, "index.docx")]
    [InlineData("con.pdf", DocumentType.Pdf, "_con.pdf")]
    [InlineData("LPT1.tar.pdf", DocumentType.Pdf, "_LPT1.tar.pdf")]
    [InlineData("re\u0000po\u001Frt\u007F.pdf", DocumentType.Pdf, "report.pdf")]
    [InlineData("line\r\nbreak\t.txt", DocumentType.Txt, "linebreak.txt")]
    [InlineData("invoice\u202Efdp.exe", DocumentType.Pdf, "invoicefdp.pdf")]
    [InlineData("report.exe", DocumentType.Pdf, "report.pdf")]
    [InlineData("report.pdf.exe", DocumentType.Pdf, "report.pdf.pdf")]
    [InlineData("a<b>c:d\"e|f?g*.pdf", DocumentType.Pdf, "abcdefg.pdf")]
    [InlineData(".hidden.txt", DocumentType.Txt, "hidden.txt")]
    [InlineData("...", DocumentType.Pdf, "document.pdf")]
    [InlineData("", DocumentType.Pdf, "document.pdf")]
    [InlineData(null, DocumentType.Csv, "document.csv")]
    [InlineData("../", DocumentType.Png, "document.png")]
    [InlineData("photo.JPEG", DocumentType.Jpeg, "photo.jpeg")]
    [InlineData("photo.png", DocumentType.Jpeg, "photo.jpg")]
    [InlineData("Statistics 2024", DocumentType.Xlsx, "Statistics 2024.xlsx")]
    [InlineData("Закон о противодействии коррупции.odt", DocumentType.Odt, "Закон о противодействии коррупции.odt")]
    [InlineData("قانون مكافحة الفساد.pdf", DocumentType.Pdf, "قانون مكافحة الفساد.pdf")]
    [InlineData("  spaced name .pdf  ", DocumentType.Pdf, "spaced name.pdf")]
    public void Sanitise_GivenName_ReturnsSafeName(string? name, DocumentType type, string expected) =>
        Assert.Equal(expected, DocumentFileName.Sanitise(name, type));

    [Theory]
    [InlineData("../../etc/passwd", true)]
    [InlineData("..\\..\\x.pdf", true)]
    [InlineData("a/ .. /b.pdf", true)]
    [InlineData("..", true)]
    [InlineData("C:\\Users\\me\\x.pdf", false)]
    [InlineData("..hidden.pdf", false)]
    [InlineData("report..final.pdf", false)]
    [InlineData(null, false)]
    public void IsPathTraversal_GivenName_TrueOnlyForParentSegments(string? name, bool expected) =>
        Assert.Equal(expected, DocumentFileName.IsPathTraversal(name));

    [Fact]
    public void Sanitise_VeryLongName_CutToMaxLengthKeepingExtension()
    {
        var result = DocumentFileName.Sanitise(new string('x', 300) + ".pdf", DocumentType.Pdf);

        Assert.Equal(DocumentFileName.MaxLength, result.Length);
        Assert.EndsWith("x.pdf", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitise_LongNameOfSurrogatePairs_DoesNotSplitACharacter()
    {
        var result = DocumentFileName.Sanitise("a" + string.Concat(Enumerable.Repeat("😀", 100)) + ".txt", DocumentType.Txt);

        Assert.True(result.Length <= DocumentFileName.MaxLength);
        Assert.EndsWith(".txt", result, StringComparison.Ordinal);
        // A strict encoder throws on a lone half of a surrogate pair.
        _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(result);
    }
}
