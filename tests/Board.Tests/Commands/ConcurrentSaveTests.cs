using Microsoft.EntityFrameworkCore;
using Planner.Board.Tests.Builders;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

/// <summary>Two people load the same version; the first to save wins, the second is told.</summary>
public sealed class ConcurrentSaveTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_SecondAnswerOfTwoContextsOnSameVersion_ConflictAndFirstAnswerKept()
    {
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        // Both load version 3 before either saves.
        Assert.Equal(2, (await first.Tiles.SingleAsync(t => t.Id == Seed.AnswerTileId)).Version);
        Assert.Equal(2, (await second.Tiles.SingleAsync(t => t.Id == Seed.AnswerTileId)).Version);

        var firstResult = await database.Commands(first).SaveAnswer
            .ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "First wins.", ExpectedVersion: 2), Seed.ExpertId);
        var secondResult = await database.Commands(second).SaveAnswer
            .ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Second loses.", ExpectedVersion: 2), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Applied, firstResult.Status);
        Assert.Equal(TileChangeStatus.Conflict, secondResult.Status);
        Assert.Equal(Refusal.StaleVersion, secondResult.Refusal);
        Assert.NotNull(secondResult.Tile);
        Assert.Equal(3, secondResult.Tile.Version);
        Assert.Equal("Ed Expert", secondResult.Tile.LastChangedBy);
        var stored = await database.ReloadTileAsync(Seed.AnswerTileId);
        Assert.Equal("First wins.", stored.Answer);
        Assert.Equal(3, stored.Version);
        Assert.Equal(["First wins."], stored.AnswerVersions.Select(v => v.Text));
    }

    [Fact]
    public async Task ExecuteAsync_MoveAfterOtherContextMoved_ConflictAndFirstMoveKept()
    {
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        await first.Tiles.SingleAsync(t => t.Id == Seed.ReviewTileId);
        await second.Tiles.SingleAsync(t => t.Id == Seed.ReviewTileId);

        var firstResult = await database.Commands(first).Move
            .ExecuteAsync(new MoveTile(Seed.ReviewTileId, Column.Finalise, ExpectedVersion: 4), Seed.ReviewerId);
        var secondResult = await database.Commands(second).Move
            .ExecuteAsync(new MoveTile(Seed.ReviewTileId, Column.Answer, ExpectedVersion: 4), Seed.SecretariatId);

        Assert.Equal(TileChangeStatus.Applied, firstResult.Status);
        Assert.Equal(TileChangeStatus.Conflict, secondResult.Status);
        Assert.NotNull(secondResult.Tile);
        Assert.Equal(Column.Finalise, secondResult.Tile.Column);
        var stored = await database.ReloadTileAsync(Seed.ReviewTileId);
        Assert.Equal(Column.Finalise, stored.Column);
        Assert.Equal(5, stored.Version);
    }

    [Fact]
    public async Task SaveChangesAsync_StaleTrackedTile_ThrowsConcurrencyException()
    {
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Tiles.SingleAsync(t => t.Id == Seed.AssignedTileId);
        var b = await second.Tiles.SingleAsync(t => t.Id == Seed.AssignedTileId);

        a.MoveTo(Column.Answer, Actors.FocalPoint, 3, Actors.Now);
        await first.SaveChangesAsync();
        b.AssignAgencies([Seed.OtherAgencyId], Actors.FocalPoint, 3, Actors.Now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        var stored = await database.ReloadTileAsync(Seed.AssignedTileId);
        Assert.Equal(Column.Answer, stored.Column);
        Assert.Equal([Seed.AgencyId], stored.AssignedAgencyIds);
    }
}
