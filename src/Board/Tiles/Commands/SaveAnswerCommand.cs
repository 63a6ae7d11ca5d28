using Planner.Board.Events;

namespace Planner.Board.Tiles.Commands;

/// <summary>Saves a new version of a tile's answer; the previous versions stay in its history.</summary>
public sealed class SaveAnswerCommand(TileChangeRunner runner)
{
    public Task<TileChangeResult> ExecuteAsync(SaveAnswer request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, (tile, actor, now, _) =>
        {
            var decision = tile.SaveAnswer(request.Text, actor, request.ExpectedVersion, now);
            return ValueTask.FromResult<(Workflow.WorkflowDecision, Func<Tile, BoardEvent>?)>((decision,
                t => new AnswerSaved(t.ReviewId, t.Id, t.Version, t.AnswerVersionCount, actor.DisplayName, now)));
        }, cancellationToken);
    }
}
