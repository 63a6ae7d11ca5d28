using Planner.Board.Tiles;

namespace Planner.Board.Workflow;

/// <summary>Asking the move guards (plugins), the same way for every change that moves a tile.</summary>
public static class TileMoveGuards
{
    /// <summary>
    /// Asks each guard in turn after the built-in <paramref name="decision"/>, stopping at the
    /// first refusal; a decision already refused is returned without asking anyone.
    /// </summary>
    public static async ValueTask<WorkflowDecision> AskAsync(
        this IEnumerable<ITileMoveGuard> guards, WorkflowDecision decision, Actor actor, Tile tile, Column target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(guards);
        foreach (var guard in guards)
        {
            if (!decision.IsAllowed)
            {
                break;
            }
            decision = await guard.CheckMoveAsync(actor, tile, target, cancellationToken).ConfigureAwait(false);
        }
        return decision;
    }
}
