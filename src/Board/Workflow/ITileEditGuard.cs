using Planner.Board.Tiles;

namespace Planner.Board.Workflow;

/// <summary>Asked before an answer is saved or a comment added, after the built-in rules allowed it; may refuse with a reason.</summary>
public interface ITileEditGuard
{
    ValueTask<WorkflowDecision> CheckAnswerAsync(Actor actor, Tile tile, string text, CancellationToken cancellationToken);

    ValueTask<WorkflowDecision> CheckCommentAsync(Actor actor, Tile tile, string text, CancellationToken cancellationToken);
}
