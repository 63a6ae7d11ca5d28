using Planner.Board.Convention;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Board.Workflow;
using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>Asks every enabled plugin's workflow hook before a move, an answer or a comment; the first refusal wins.</summary>
public sealed class PluginWorkflowGuard(IEnumerable<IWorkflowHook> hooks, PluginCalls calls, ConventionCatalog convention)
    : ITileMoveGuard, ITileEditGuard
{
    public ValueTask<WorkflowDecision> CheckMoveAsync(Actor actor, Tile tile, Column target, CancellationToken cancellationToken) =>
        AskAsync(tile, (hook, ct) => hook.BeforeTileMoveAsync(new TileMoveContext(actor, TileSummary.From(tile, convention), target), ct), cancellationToken);

    public ValueTask<WorkflowDecision> CheckAnswerAsync(Actor actor, Tile tile, string text, CancellationToken cancellationToken) =>
        AskAsync(tile, (hook, ct) => hook.BeforeAnswerSaveAsync(new AnswerSaveContext(actor, TileSummary.From(tile, convention), text), ct), cancellationToken);

    public ValueTask<WorkflowDecision> CheckCommentAsync(Actor actor, Tile tile, string text, CancellationToken cancellationToken) =>
        AskAsync(tile, (hook, ct) => hook.BeforeCommentAsync(new CommentContext(actor, TileSummary.From(tile, convention), text), ct), cancellationToken);

    private async ValueTask<WorkflowDecision> AskAsync(Tile tile, Func<IWorkflowHook, CancellationToken, ValueTask<HookDecision>> ask,
        CancellationToken cancellationToken)
    {
        foreach (var hook in hooks)
        {
            var decision = await calls.CallAsync(hook, tile.ReviewId, ct => ask(hook, ct).AsTask(), HookDecision.Allow, cancellationToken)
                .ConfigureAwait(false);
            if (!decision.IsAllowed)
            {
                return WorkflowDecision.Refuse(Refusal.VetoedByPlugin, decision.Refusal);
            }
        }
        return WorkflowDecision.Allowed;
    }
}
