using Planner.Board.Events;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>Adds a comment to a tile. Comments never conflict, so no version is expected.</summary>
public sealed class AddCommentCommand(TileChangeRunner runner, IEnumerable<ITileEditGuard>? guards = null)
{
    public Task<TileChangeResult> ExecuteAsync(AddComment request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, async (tile, actor, now, ct) =>
        {
            var allowed = BoardWorkflow.CanComment(actor);
            foreach (var guard in guards ?? [])
            {
                if (!allowed.IsAllowed)
                {
                    return (allowed, null);
                }
                allowed = await guard.CheckCommentAsync(actor, tile, request.Text, ct).ConfigureAwait(false);
            }
            if (!allowed.IsAllowed)
            {
                return (allowed, null);
            }
            var (decision, comment) = tile.AddComment(request.Text, actor, now);
            Func<Tile, BoardEvent>? makeEvent = comment is null
                ? null
                : t => new CommentAdded(t.ReviewId, t.Id, t.Version, comment.Id, comment.Text, actor.DisplayName, now);
            return (decision, makeEvent);
        }, cancellationToken);
    }
}
