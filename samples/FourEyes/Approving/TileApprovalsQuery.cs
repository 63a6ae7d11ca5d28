using Microsoft.Extensions.Options;
using Planner.Board.Access;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Samples.FourEyes.Approving;

/// <summary>Reads a tile's approvals for one user; null when the tile is unknown or hidden from them.</summary>
internal sealed class TileApprovalsQuery(ReviewAccess access, Approvals approvals, IOptionsMonitor<FourEyesOptions> options)
{
    public async Task<TileApprovals?> GetAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await access.VisibleTileAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is not (var tile, var actor))
        {
            return null;
        }
        var list = (await approvals.ListAsync(tile.ReviewId, tile.Id, cancellationToken).ConfigureAwait(false))
            .DistinctBy(a => a.UserId).ToList();
        var canApprove = actor.Role == ReviewRole.Reviewer && tile.Column == Column.Review && list.All(a => a.UserId != userId);
        return new TileApprovals(tile.ReviewId, tile.Column, options.CurrentValue.RequiredApprovals, list, canApprove);
    }
}
