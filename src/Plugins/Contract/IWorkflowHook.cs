using Planner.Board.Events;

namespace Planner.Plugins;

/// <summary>
/// Takes part in the workflow: asked before a change (and may refuse it) and told after it. Every
/// method has a default that allows or ignores, so a hook overrides only what it needs. The host
/// calls hooks only for plugins enabled on the review, cuts a hook off after the configured time
/// (Plugins:HookTimeout), and marks a plugin whose hook throws or hangs as faulted.
/// </summary>
public interface IWorkflowHook
{
    /// <summary>Before a tile moves to another column.</summary>
    /// <param name="context">The move.</param>
    /// <param name="cancellationToken">Cancelled when the hook runs out of time.</param>
    ValueTask<HookDecision> BeforeTileMoveAsync(TileMoveContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HookDecision.Allow);

    /// <summary>Before an answer is saved.</summary>
    /// <param name="context">The answer.</param>
    /// <param name="cancellationToken">Cancelled when the hook runs out of time.</param>
    ValueTask<HookDecision> BeforeAnswerSaveAsync(AnswerSaveContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HookDecision.Allow);

    /// <summary>Before a comment is added.</summary>
    /// <param name="context">The comment.</param>
    /// <param name="cancellationToken">Cancelled when the hook runs out of time.</param>
    ValueTask<HookDecision> BeforeCommentAsync(CommentContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HookDecision.Allow);

    /// <summary>After a change was saved: a tile moved (a move into Finalise finalises that article), an answer saved, a comment added.</summary>
    /// <param name="change">The board event, as every screen receives it.</param>
    /// <param name="cancellationToken">Cancelled when the hook runs out of time.</param>
    ValueTask AfterChangeAsync(TileEvent change, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
