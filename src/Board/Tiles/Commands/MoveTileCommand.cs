using Planner.Board.Events;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>Moves a tile: the workflow decides first, then every registered guard (plugins) may veto.</summary>
public sealed class MoveTileCommand(TileChangeRunner runner, IEnumerable<ITileMoveGuard> guards)
{
    public Task<TileChangeResult> ExecuteAsync(MoveTile request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, async (tile, actor, now, ct) =>
        {
            if (tile.Version != request.ExpectedVersion)
            {
                return (WorkflowDecision.Refuse(Refusal.StaleVersion), null);
            }
            var decision = await guards.AskAsync(BoardWorkflow.CanMove(actor, tile, request.Target), actor, tile, request.Target, ct).ConfigureAwait(false);
            if (!decision.IsAllowed)
            {
                return (decision, null);
            }
            var from = tile.Column;
            decision = tile.MoveTo(request.Target, actor, request.ExpectedVersion, now);
            return (decision, t => new TileMoved(t.ReviewId, t.Id, t.Version, from, t.Column, actor.DisplayName, now));
        }, cancellationToken);
    }
}
