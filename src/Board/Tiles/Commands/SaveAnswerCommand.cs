using Planner.Board.Events;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>Saves a new version of a tile's answer; the previous versions stay in its history.</summary>
public sealed class SaveAnswerCommand(TileChangeRunner runner, IEnumerable<ITileEditGuard>? guards = null)
{
    public Task<TileChangeResult> ExecuteAsync(SaveAnswer request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, async (tile, actor, now, ct) =>
        {
            // Plugins are asked only about a change the built-in rules would make.
            var decision = tile.Version != request.ExpectedVersion
                ? WorkflowDecision.Refuse(Refusal.StaleVersion)
                : BoardWorkflow.CanEditAnswer(actor, tile);
            foreach (var guard in guards ?? [])
            {
                if (!decision.IsAllowed)
                {
                    return (decision, null);
                }
                decision = await guard.CheckAnswerAsync(actor, tile, request.Text, ct).ConfigureAwait(false);
            }
            if (!decision.IsAllowed)
            {
                return (decision, null);
            }
            decision = tile.SaveAnswer(request.Text, actor, request.ExpectedVersion, now);
            return (decision, t => new AnswerSaved(t.ReviewId, t.Id, t.Version, t.AnswerVersionCount, actor.DisplayName, now));
        }, cancellationToken);
    }
}
