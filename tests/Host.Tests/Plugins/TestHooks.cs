using Planner.Board.Events;
using Planner.Board.Tiles;
using Planner.Plugins;

namespace Planner.Host.Tests.Plugins;

/// <summary>Refuses every move to Answer, as a plugin rule would.</summary>
internal sealed class VetoingHook : IWorkflowHook
{
    public const string Reason = "The test plugin says: not into Answer today.";

    public ValueTask<HookDecision> BeforeTileMoveAsync(TileMoveContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.Target == Column.Answer ? HookDecision.Refuse(Reason) : HookDecision.Allow);
}

/// <summary>A hook with a bug.</summary>
internal sealed class ThrowingHook : IWorkflowHook
{
    public ValueTask<HookDecision> BeforeTileMoveAsync(TileMoveContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The plugin broke.");
}

/// <summary>A hook that never answers and ignores cancellation.</summary>
internal sealed class HangingHook : IWorkflowHook
{
    public async ValueTask<HookDecision> BeforeTileMoveAsync(TileMoveContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, CancellationToken.None);
        return HookDecision.Allow;
    }
}

/// <summary>Records the changes it is told of.</summary>
internal sealed class RecordingHook : IWorkflowHook
{
    public static TaskCompletionSource<TileEvent> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ValueTask AfterChangeAsync(TileEvent change, CancellationToken cancellationToken)
    {
        Seen.TrySetResult(change);
        return ValueTask.CompletedTask;
    }
}
