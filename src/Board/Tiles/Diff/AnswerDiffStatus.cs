namespace Planner.Board.Tiles.Diff;

public enum AnswerDiffStatus
{
    Found,
    /// <summary>No such tile, or the asker may not see it: the same answer, so nothing is revealed.</summary>
    NotFound,
    /// <summary>The tile is visible but has no answer version with one of the numbers asked for.</summary>
    UnknownVersion,
}
