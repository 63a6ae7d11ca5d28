namespace Planner.Board.Documents;

public static class DocumentTypeExtensions
{
    /// <summary>The extension a file of this type gets, with its dot.</summary>
    public static string Extension(this DocumentType type) => type switch
    {
        DocumentType.Pdf => ".pdf",
        DocumentType.Docx => ".docx",
        DocumentType.Xlsx => ".xlsx",
        DocumentType.Odt => ".odt",
        DocumentType.Png => ".png",
        DocumentType.Jpeg => ".jpg",
        DocumentType.Txt => ".txt",
        DocumentType.Csv => ".csv",
    };

    /// <summary>The media type a download of this type is served with.</summary>
    public static string ContentType(this DocumentType type) => type switch
    {
        DocumentType.Pdf => "application/pdf",
        DocumentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DocumentType.Odt => "application/vnd.oasis.opendocument.text",
        DocumentType.Png => "image/png",
        DocumentType.Jpeg => "image/jpeg",
        DocumentType.Txt => "text/plain; charset=utf-8",
        DocumentType.Csv => "text/csv; charset=utf-8",
    };

    /// <summary>Other extensions people give files of this type, kept when sanitising a name.</summary>
    internal static IReadOnlyList<string> KnownExtensions(this DocumentType type) => type switch
    {
        DocumentType.Jpeg => [".jpg", ".jpeg"],
        DocumentType.Txt => [".txt", ".text"],
        _ => [type.Extension()],
    };
}
