namespace Planner.Board.Tiles.Diff;

/// <summary>The difference between two texts, line by line, with counts a reader can take in at a glance.</summary>
public sealed record TextDiff(IReadOnlyList<DiffLine> Lines, int LinesAdded, int LinesRemoved, int LinesChanged)
{
    public bool HasChanges => LinesAdded + LinesRemoved + LinesChanged > 0;
}
