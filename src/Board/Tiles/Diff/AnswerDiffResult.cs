namespace Planner.Board.Tiles.Diff;

/// <summary>The outcome of comparing two answer versions; <see cref="VersionCount"/> helps say which numbers exist.</summary>
public sealed record AnswerDiffResult(AnswerDiffStatus Status, AnswerDiff? Diff = null, int VersionCount = 0);
