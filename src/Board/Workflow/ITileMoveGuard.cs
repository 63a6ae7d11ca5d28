using Planner.Board.Tiles;

namespace Planner.Board.Workflow;

/// <summary>
/// Asked before a tile moves, after the built-in workflow allowed it. Plugins implement this to
/// add rules (e.g. "two reviewers must approve before Finalise"); a refusal's reason is shown to
/// the user as written.
/// </summary>
public interface ITileMoveGuard
{
    ValueTask<WorkflowDecision> CheckMoveAsync(Actor actor, Tile tile, Column target, CancellationToken cancellationToken);
}
