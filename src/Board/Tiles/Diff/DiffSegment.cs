namespace Planner.Board.Tiles.Diff;

/// <summary>A run of text inside one line of a diff.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
