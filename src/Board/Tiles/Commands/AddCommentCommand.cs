using Planner.Board.Events;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>Adds a comment to a tile. Comments never conflict, so no version is expected.</summary>
public sealed class AddCommentCommand(TileChangeRunner runner)
{
    public Task<TileChangeResult> ExecuteAsync(AddComment request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, (tile, actor, now, _) =>
        {
            var (decision, comment) = tile.AddComment(request.Text, actor, now);
            Func<Tile, BoardEvent>? makeEvent = comment is null
                ? null
                : t => new CommentAdded(t.ReviewId, t.Id, t.Version, comment.Id, comment.Text, actor.DisplayName, now);
            return ValueTask.FromResult<(WorkflowDecision, Func<Tile, BoardEvent>?)>((decision, makeEvent));
        }, cancellationToken);
    }
}
