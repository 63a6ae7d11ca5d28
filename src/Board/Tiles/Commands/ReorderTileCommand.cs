using Microsoft.EntityFrameworkCore;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>
/// Moves a tile one place up or down in its column (A1). Only the moved tile changes: it takes a
/// position between its new neighbours, so nobody editing another tile is made stale.
/// </summary>
public sealed class ReorderTileCommand(TileChangeRunner runner, PlannerDbContext db)
{
    public Task<TileChangeResult> ExecuteAsync(ReorderTile request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, async (tile, actor, now, ct) =>
        {
            var decision = tile.Version != request.ExpectedVersion
                ? WorkflowDecision.Refuse(Refusal.StaleVersion)
                : BoardWorkflow.CanArrange(actor);
            if (!decision.IsAllowed)
            {
                return (decision, null);
            }
            var column = (await db.Tiles.Where(t => t.ReviewId == tile.ReviewId && t.Column == tile.Column)
                .ToListAsync(ct).ConfigureAwait(false))
                .OrderBy(t => t.Position).ThenBy(t => t.ArticleNumber).ToList();
            var index = column.IndexOf(tile);
            if (request.Up ? index == 0 : index == column.Count - 1)
            {
                return (WorkflowDecision.Refuse(request.Up ? Refusal.AlreadyFirst : Refusal.AlreadyLast), null);
            }
            if (Between(column, index, request.Up) is not { } position)
            {
                // No room left between the neighbours (or two share a position): spread the column out, keeping its order.
                for (var i = 0; i < column.Count; i++)
                {
                    column[i].Renumber(i + 1);
                }
                position = Between(column, index, request.Up)!.Value;
            }
            decision = tile.PlaceAt(position, actor, request.ExpectedVersion, now);
            return (decision, t => new TileArranged(t.ReviewId, t.Id, t.Version, t.GroupLabel, t.Priority, t.Position, actor.DisplayName, now));
        }, cancellationToken);
    }

    /// <summary>A position strictly between the two tiles the moved one goes between, or null when there is none.</summary>
    private static double? Between(List<Tile> column, int index, bool up)
    {
        double low, high;
        if (up)
        {
            high = column[index - 1].Position;
            low = index >= 2 ? column[index - 2].Position : high - 2;
        }
        else
        {
            low = column[index + 1].Position;
            high = index + 2 < column.Count ? column[index + 2].Position : low + 2;
        }
        var middle = (low + high) / 2;
        return middle > low && middle < high ? middle : null;
    }
}
