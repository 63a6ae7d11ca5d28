using Microsoft.EntityFrameworkCore;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>
/// Assigns a tile (S2, G2): the review's agencies that answer it, optionally named agency experts
/// of those agencies and a due date. A tile in Assign that gets an agency goes to Answer in the
/// same change, so the move guards (plugins) are asked about that move first.
/// </summary>
public sealed class AssignAgenciesCommand(TileChangeRunner runner, PlannerDbContext db, IEnumerable<ITileMoveGuard>? guards = null)
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
            // A named expert must be an agency expert of this review; the tile checks their agency is chosen.
            var expertIds = (request.ExpertIds ?? tile.AssignedExpertIds).Distinct().ToList();
            var experts = await db.Participants.AsNoTracking()
                .Where(p => p.ReviewId == tile.ReviewId && p.Role == ReviewRole.AgencyExpert && expertIds.Contains(p.UserId))
                .Select(p => new NamedExpert(p.UserId, p.AgencyId!.Value))
                .ToListAsync(ct).ConfigureAwait(false);
            if (request.ExpertIds is null)
            {
                // Kept experts whose agency is no longer assigned are no longer responsible for the tile.
                experts = experts.Where(e => request.AgencyIds.Contains(e.AgencyId)).ToList();
            }
            else if (experts.Count != expertIds.Count)
            {
                return (WorkflowDecision.Refuse(Refusal.ExpertNotOfAssignedAgency), null);
            }

            var assignment = new TileAssignment(request.AgencyIds, experts, request.DueDate);
            var decision = tile.MayAssign(assignment, actor, request.ExpectedVersion);
            var moves = tile.Column == Column.Assign && request.AgencyIds.Count > 0;
            if (moves)
            {
                decision = await (guards ?? []).AskAsync(decision, actor, tile, Column.Answer, ct).ConfigureAwait(false);
            }
            if (!decision.IsAllowed)
            {
                return (decision, null);
            }

            var agenciesBefore = tile.AssignedAgencyIds.ToList();
            var expertsBefore = tile.AssignedExpertIds.ToList();
            decision = tile.Assign(assignment, actor, request.ExpectedVersion, now);
            // Arriving in Answer is news to everyone assigned, not only to those just added.
            return (decision, t => new TileAssigned(t.ReviewId, t.Id, t.Version, t.AssignedAgencyIds.ToList(), actor.DisplayName, now)
            {
                AddedAgencyIds = moves ? t.AssignedAgencyIds.ToList() : t.AssignedAgencyIds.Except(agenciesBefore).ToList(),
                ExpertIds = t.AssignedExpertIds.ToList(),
                AddedExpertIds = moves ? t.AssignedExpertIds.ToList() : t.AssignedExpertIds.Except(expertsBefore).ToList(),
                MovedToAnswer = moves,
            });
        }, cancellationToken);
    }
}
