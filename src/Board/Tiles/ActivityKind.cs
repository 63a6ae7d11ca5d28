namespace Planner.Board.Tiles;

public enum ActivityKind
{
    Moved,
    AnswerSaved,
    Commented,
    Assigned,
    Shared,
    /// <summary>The group label or the priority mark changed (A1).</summary>
    Arranged,
    /// <summary>The tile moved up or down within its column (A1).</summary>
    Reordered,
}
