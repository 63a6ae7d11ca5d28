using Planner.Board.Events;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>Shares an article with the review's stakeholders, or stops sharing it (A2).</summary>
public sealed class ShareTileCommand(TileChangeRunner runner)
{
    public Task<TileChangeResult> ExecuteAsync(ShareTile request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, (tile, actor, now, _) =>
        {
            var decision = tile.ShareWithStakeholders(request.Shared, actor, request.ExpectedVersion, now);
            return ValueTask.FromResult<(WorkflowDecision, Func<Tile, BoardEvent>?)>((decision,
                t => new TileShared(t.ReviewId, t.Id, t.Version, t.SharedWithStakeholders, actor.DisplayName, now)));
        }, cancellationToken);
    }
}
