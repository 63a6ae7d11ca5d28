namespace Planner.Board.Documents.Commands;

public enum DocumentChangeStatus
{
    Applied,
    /// <summary>No such tile or document, or the user has no role on its review (or may not see a removed document).</summary>
    NotFound,
    /// <summary>A rule said no: the role, the tile's column, or the file itself.</summary>
    Refused,
}
