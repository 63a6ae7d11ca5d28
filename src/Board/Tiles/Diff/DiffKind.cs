namespace Planner.Board.Tiles.Diff;

/// <summary>Whether a piece of text is in both versions, only in the newer one, or only in the older one.</summary>
public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
}
