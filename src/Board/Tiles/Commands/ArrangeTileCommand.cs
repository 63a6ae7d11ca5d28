using Planner.Board.Events;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>Gives a tile a group label and a priority mark, to organise the board around the State's needs (A1).</summary>
public sealed class ArrangeTileCommand(TileChangeRunner runner)
{
    public Task<TileChangeResult> ExecuteAsync(ArrangeTile request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, (tile, actor, now, _) =>
        {
            var decision = tile.Arrange(request.GroupLabel, request.Priority, actor, request.ExpectedVersion, now);
            return ValueTask.FromResult<(WorkflowDecision, Func<Tile, BoardEvent>?)>((decision,
                t => new TileArranged(t.ReviewId, t.Id, t.Version, t.GroupLabel, t.Priority, t.Position, actor.DisplayName, now)));
        }, cancellationToken);
    }
}
