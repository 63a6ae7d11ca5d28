namespace Planner.Board.Tiles.Diff;

/// <summary>Two saved versions of a tile's answer and what changed from the first to the second.</summary>
public sealed record AnswerDiff(Guid TileId, AnswerDiffSide From, AnswerDiffSide To, TextDiff Changes);

/// <summary>Who saved a compared version, and when.</summary>
public sealed record AnswerDiffSide(int Number, string AuthorName, DateTimeOffset SavedAt);
