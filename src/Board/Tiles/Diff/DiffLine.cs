namespace Planner.Board.Tiles.Diff;

/// <summary>One line of a diff; a changed line carries word-level segments, the others one segment.</summary>
public sealed record DiffLine(DiffLineKind Kind, IReadOnlyList<DiffSegment> Segments);
