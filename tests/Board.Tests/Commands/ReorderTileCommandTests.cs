using Planner.Board.Access;
using Planner.Board.Convention;
using Planner.Board.Events;
using Planner.Board.Queries;
using Planner.Board.Tests.Builders;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

/// <summary>The Assign column holds articles 5, 8 and 9 here; the order is read back as the board shows it.</summary>
public sealed class ReorderTileCommandTests : IAsyncLifetime
{
    private static readonly ConventionCatalog Catalog = ConventionCatalog.Load();
    private static readonly Guid Article8 = Guid.NewGuid();
    private static readonly Guid Article9 = Guid.NewGuid();

    private BoardDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await BoardDatabase.CreateAsync();
        await using var db = database.NewContext();
        db.Tiles.Add(new TileBuilder().WithId(Article8).OnReview(Seed.ReviewId).ForArticle(8).Build());
        db.Tiles.Add(new TileBuilder().WithId(Article9).OnReview(Seed.ReviewId).ForArticle(9).Build());
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_MoveUpTwice_FirstOfColumnAndOthersUntouched()
    {
        Assert.Equal(TileChangeStatus.Applied, (await ReorderAsync(Article9, up: true, Seed.FocalPointId)).Status);
        await AssertAssignColumnAsync(5, 9, 8);

        var second = await ReorderAsync(Article9, up: true, Seed.SecretariatId);

        Assert.Equal(TileChangeStatus.Applied, second.Status);
        await AssertAssignColumnAsync(9, 5, 8);
        Assert.Equal(3, (await database.ReloadTileAsync(Article9)).Version);
        Assert.Equal(1, (await database.ReloadTileAsync(Article8)).Version);
        Assert.Equal(3, (await database.ReloadTileAsync(Seed.AssignedTileId)).Version);
        // Events are delivered to subscribers after the change is saved: wait for the second move's.
        var arranged = await database.Events.WaitForAsync<TileArranged>(a => a.TileId == Article9 && a.Version == 3);
        Assert.Equal((Article9, 3), (arranged.TileId, arranged.Version));
    }

    [Fact]
    public async Task ExecuteAsync_FirstMovedUpOrLastMovedDown_RefusedAndOrderKept()
    {
        var first = await ReorderAsync(Seed.AssignedTileId, up: true, Seed.FocalPointId);
        var last = await ReorderAsync(Article9, up: false, Seed.FocalPointId);

        Assert.Equal(Refusal.AlreadyFirst, first.Refusal);
        Assert.Equal(Refusal.AlreadyLast, last.Refusal);
        await AssertAssignColumnAsync(5, 8, 9);
    }

    [Fact]
    public async Task ExecuteAsync_ManyMovesIntoTheSameGap_OrderAlwaysAsAsked()
    {
        // Each move lands between the first tile and the one just moved: the gap halves every time,
        // until positions must be spread out again. The order must stay what was asked throughout.
        var moving = Article9;
        var other = Article8;
        for (var i = 0; i < 80; i++)
        {
            Assert.Equal(TileChangeStatus.Applied, (await ReorderAsync(moving, up: true, Seed.FocalPointId)).Status);
            int[] expected = moving == Article9 ? [5, 9, 8] : [5, 8, 9];
            await AssertAssignColumnAsync(expected);
            (moving, other) = (other, moving);
        }
    }

    [Fact]
    public async Task ExecuteAsync_Reviewer_RefusedRoleMayNotArrange()
    {
        var result = await ReorderAsync(Article9, up: true, Seed.ReviewerId);

        Assert.Equal(Refusal.RoleMayNotArrange, result.Refusal);
        await AssertAssignColumnAsync(5, 8, 9);
    }

    [Fact]
    public async Task ExecuteAsync_StaleExpectedVersion_ConflictAndOrderKept()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Reorder.ExecuteAsync(new ReorderTile(Article9, Up: true, ExpectedVersion: 0), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Conflict, result.Status);
        await AssertAssignColumnAsync(5, 8, 9);
    }

    private async Task<TileChangeResult> ReorderAsync(Guid tileId, bool up, Guid userId)
    {
        var version = (await database.ReloadTileAsync(tileId)).Version;
        await using var db = database.NewContext();
        return await database.Commands(db).Reorder.ExecuteAsync(new ReorderTile(tileId, up, version), userId);
    }

    /// <summary>The articles of the Assign column, top to bottom, as the board lists them.</summary>
    private async Task AssertAssignColumnAsync(params int[] articles)
    {
        await using var db = database.NewContext();
        var board = await new BoardQueries(db, new ReviewAccess(db), Catalog).GetBoardAsync(Seed.ReviewId, Seed.FocalPointId);
        Assert.Equal(articles, board!.Tiles.Where(t => t.Column == Column.Assign).Select(t => t.ArticleNumber));
    }
}
