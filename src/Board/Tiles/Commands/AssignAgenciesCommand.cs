using Microsoft.EntityFrameworkCore;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>Sets which of the review's agencies answer a tile (S2).</summary>
public sealed class AssignAgenciesCommand(TileChangeRunner runner, PlannerDbContext db)
{
    public Task<TileChangeResult> ExecuteAsync(AssignAgencies request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, async (tile, actor, now, ct) =>
        {
            var known = await db.Agencies.CountAsync(a => a.ReviewId == tile.ReviewId && request.AgencyIds.Contains(a.Id), ct)
                .ConfigureAwait(false);
            if (known != request.AgencyIds.Distinct().Count())
            {
                return (WorkflowDecision.Refuse(Refusal.UnknownAgency), null);
            }
            var before = tile.AssignedAgencyIds.ToList();
            var decision = tile.AssignAgencies(request.AgencyIds, actor, request.ExpectedVersion, now);
            return (decision, t => new TileAssigned(t.ReviewId, t.Id, t.Version, t.AssignedAgencyIds.ToList(), actor.DisplayName, now)
            {
                AddedAgencyIds = t.AssignedAgencyIds.Except(before).ToList(),
            });
        }, cancellationToken);
    }
}
