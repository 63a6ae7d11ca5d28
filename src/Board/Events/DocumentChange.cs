namespace Planner.Board.Events;

/// <summary>What happened to a tile's document.</summary>
public enum DocumentChange
{
    Added,
    Deleted,
    Restored,
}
