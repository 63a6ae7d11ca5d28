namespace Planner.Board.Documents;

/// <summary>The kinds of document a tile accepts, as recognised from the file's bytes.</summary>
public enum DocumentType
{
    Pdf,
    Docx,
    Xlsx,
    Odt,
    Png,
    Jpeg,
    Txt,
    Csv,
}
