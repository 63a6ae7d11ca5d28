using Microsoft.Extensions.Options;
using Planner.Board.Events;
using Planner.Board.Tiles;
using Planner.Plugins;
using Planner.Samples.FourEyes.Approving;
using Planner.Samples.FourEyes.Text;

namespace Planner.Samples.FourEyes.Rule;

/// <summary>
/// The rule itself: a move into Finalise is refused until enough different reviewers approved the
/// tile. A tile sent back (out of Finalise, or back to Answer) loses its approvals, so a reopened
/// article is approved afresh.
/// </summary>
internal sealed class FourEyesHook(Approvals approvals, IOptionsMonitor<FourEyesOptions> options) : IWorkflowHook
{
    /// <summary>
    /// The user recorded in the plugin store's audit when the plugin itself clears approvals after
    /// a move: board events name who moved a tile, not their id.
    /// </summary>
    internal static readonly Guid PluginUserId = Guid.Empty;

    public async ValueTask<HookDecision> BeforeTileMoveAsync(TileMoveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Target != Column.Finalise)
        {
            return HookDecision.Allow;
        }
        var required = options.CurrentValue.RequiredApprovals;
        var approved = await approvals.CountDistinctAsync(context.Tile.ReviewId, context.Tile.Id, cancellationToken).ConfigureAwait(false);
        return approved >= required ? HookDecision.Allow : HookDecision.Refuse(Refusal(approved, required));
    }

    public async ValueTask AfterChangeAsync(TileEvent change, CancellationToken cancellationToken)
    {
        if (change is TileMoved { From: Column.Finalise } or TileMoved { To: Column.Answer })
        {
            await approvals.ClearAsync(change.ReviewId, change.TileId, PluginUserId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"This article must be approved by 2 different reviewers before it is finalised (1 of 2 so far)."</summary>
    internal static string Refusal(int approved, int required) =>
        FourEyesText.Get(required == 1 ? FourEyesText.RefusalOne : FourEyesText.RefusalMany, approved, required);
}
