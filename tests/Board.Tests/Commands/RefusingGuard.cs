using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

/// <summary>A plugin rule that refuses every move, and counts how often it was asked.</summary>
internal sealed class RefusingGuard(string reason) : ITileMoveGuard
{
    public int Calls { get; private set; }

    public ValueTask<WorkflowDecision> CheckMoveAsync(Actor actor, Tile tile, Column target, CancellationToken cancellationToken)
    {
        Calls++;
        return ValueTask.FromResult(WorkflowDecision.Refuse(Refusal.VetoedByPlugin, reason));
    }
}
