namespace Planner.Board.Tiles;

public enum ActivityKind
{
    Moved,
    AnswerSaved,
    Commented,
    Assigned,
    Shared,
}
