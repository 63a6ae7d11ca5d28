using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

public sealed class MoveGuardTests : IAsyncLifetime
{
    private const string Reason = "Two reviewers must approve before Finalise.";

    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_GuardRefuses_VetoedByPluginWithDetailAndNotMoved()
    {
        await using var db = database.NewContext();
        var guard = new RefusingGuard(Reason);

        var result = await database.Commands(db, guard).Move
            .ExecuteAsync(new MoveTile(Seed.ReviewTileId, Column.Finalise, ExpectedVersion: 4), Seed.ReviewerId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.VetoedByPlugin, result.Refusal);
        Assert.Equal(Reason, result.Detail);
        Assert.Equal(1, guard.Calls);
        var stored = await database.ReloadTileAsync(Seed.ReviewTileId);
        Assert.Equal(Column.Review, stored.Column);
        Assert.Equal(4, stored.Version);
    }

    [Fact]
    public async Task ExecuteAsync_WorkflowRefusesFirst_GuardNotAsked()
    {
        await using var db = database.NewContext();
        var guard = new RefusingGuard(Reason);

        var result = await database.Commands(db, guard).Move
            .ExecuteAsync(new MoveTile(Seed.ReviewTileId, Column.Finalise, ExpectedVersion: 4), Seed.FocalPointId);

        Assert.Equal(Refusal.RoleMayNotMove, result.Refusal);
        Assert.Equal(0, guard.Calls);
    }
}
