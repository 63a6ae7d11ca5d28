namespace Planner.Board.Tiles.Diff;

/// <summary>A line kept as it was, added, removed, or changed in place (its segments then say which words).</summary>
public enum DiffLineKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}
