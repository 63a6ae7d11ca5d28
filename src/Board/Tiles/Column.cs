namespace Planner.Board.Tiles;

/// <summary>The columns of a board, in workflow order.</summary>
public enum Column
{
    Assign,
    Answer,
    Review,
    Finalise,
}
