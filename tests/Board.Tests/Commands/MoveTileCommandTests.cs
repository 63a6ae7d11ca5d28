using Planner.Board.Events;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

public sealed class MoveTileCommandTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_AllowedMove_AppliedAndSaved()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Move
            .ExecuteAsync(new MoveTile(Seed.AssignedTileId, Column.Answer, ExpectedVersion: 3), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
        Assert.NotNull(result.Tile);
        Assert.Equal(Column.Answer, result.Tile.Column);
        Assert.Equal(4, result.Tile.Version);
        var stored = await database.ReloadTileAsync(Seed.AssignedTileId);
        Assert.Equal(Column.Answer, stored.Column);
        Assert.Equal(4, stored.Version);
        Assert.Equal("Fiona Focal", stored.LastChangedBy);
    }

    [Fact]
    public async Task ExecuteAsync_AllowedMove_PublishesTileMovedWithNewVersion()
    {
        await using var db = database.NewContext();

        await database.Commands(db).Move
            .ExecuteAsync(new MoveTile(Seed.AssignedTileId, Column.Answer, ExpectedVersion: 3), Seed.FocalPointId);

        var moved = await database.Events.WaitForAsync<TileMoved>();
        Assert.Equal(Seed.ReviewId, moved.ReviewId);
        Assert.Equal(Seed.AssignedTileId, moved.TileId);
        Assert.Equal(4, moved.Version);
        Assert.Equal(Column.Assign, moved.From);
        Assert.Equal(Column.Answer, moved.To);
        Assert.Equal("Fiona Focal", moved.By);
    }

    [Fact]
    public async Task ExecuteAsync_UserWithNoRoleOnReview_NotFound()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Move
            .ExecuteAsync(new MoveTile(Seed.AssignedTileId, Column.Answer, ExpectedVersion: 3), Seed.OutsiderId);

        Assert.Equal(TileChangeStatus.NotFound, result.Status);
        Assert.Null(result.Tile);
        Assert.Equal(Column.Assign, (await database.ReloadTileAsync(Seed.AssignedTileId)).Column);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownTile_NotFound()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Move
            .ExecuteAsync(new MoveTile(Guid.NewGuid(), Column.Answer, ExpectedVersion: 1), Seed.SecretariatId);

        Assert.Equal(TileChangeStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task ExecuteAsync_StaleExpectedVersion_ConflictWithCurrentStateAndNothingSaved()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Move
            .ExecuteAsync(new MoveTile(Seed.AssignedTileId, Column.Answer, ExpectedVersion: 1), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Conflict, result.Status);
        Assert.Equal(Refusal.StaleVersion, result.Refusal);
        Assert.NotNull(result.Tile);
        Assert.Equal(Column.Assign, result.Tile.Column);
        Assert.Equal(3, result.Tile.Version);
        Assert.Equal("Sam Secretariat", result.Tile.LastChangedBy);
        var stored = await database.ReloadTileAsync(Seed.AssignedTileId);
        Assert.Equal(Column.Assign, stored.Column);
        Assert.Equal(3, stored.Version);
    }

    [Fact]
    public async Task ExecuteAsync_WorkflowRefuses_RefusedAndNoEvent()
    {
        await using var db = database.NewContext();
        var commands = database.Commands(db);

        var result = await commands.Move
            .ExecuteAsync(new MoveTile(Seed.AssignedTileId, Column.Answer, ExpectedVersion: 3), Seed.ReviewerId);
        await commands.AddComment.ExecuteAsync(new AddComment(Seed.AssignedTileId, "Marker."), Seed.ReviewerId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.RoleMayNotMove, result.Refusal);
        await database.Events.WaitForAsync<CommentAdded>();
        Assert.IsType<CommentAdded>(Assert.Single(database.Events.Received));
        Assert.Equal(Column.Assign, (await database.ReloadTileAsync(Seed.AssignedTileId)).Column);
    }

    [Fact]
    public async Task ExecuteAsync_SecretariatWithoutParticipantRow_Applied()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Move
            .ExecuteAsync(new MoveTile(Seed.ReviewTileId, Column.Finalise, ExpectedVersion: 4), Seed.SecretariatId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
    }
}
