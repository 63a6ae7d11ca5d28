using Planner.Board.Access;
using Planner.Board.Convention;
using Planner.Board.Queries;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Queries;

public sealed class BoardQueriesTests : IAsyncLifetime
{
    private static readonly ConventionCatalog Catalog = ConventionCatalog.Load();

    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task GetBoardAsync_FocalPoint_SeesTilesAndOwnMoves()
    {
        await using var db = database.NewContext();

        var board = await new BoardQueries(db, new ReviewAccess(db), Catalog).GetBoardAsync(Seed.ReviewId, Seed.FocalPointId);

        Assert.NotNull(board);
        Assert.Equal(ReviewRole.FocalPoint, board.YourRole);
        Assert.Equal("KEN", board.StateUnderReview.Iso3);
        Assert.Equal([5, 6, 7], board.Tiles.Select(t => t.ArticleNumber));
        Assert.Equal("预防性反腐败政策和做法", board.Tiles[0].ArticleTitle.For("zh"));
        Assert.Equal([Column.Answer], board.YourMoves[Seed.AssignedTileId]);
        Assert.Empty(board.YourMoves[Seed.ReviewTileId]);
    }

    [Fact]
    public async Task GetBoardAsync_UserWithNoRole_Null()
    {
        await using var db = database.NewContext();

        var board = await new BoardQueries(db, new ReviewAccess(db), Catalog).GetBoardAsync(Seed.ReviewId, Seed.OutsiderId);

        Assert.Null(board);
    }

    [Fact]
    public async Task GetTileAsync_Expert_SeesAnswerHistoryAndMayEdit()
    {
        await using var db = database.NewContext();

        var tile = await new BoardQueries(db, new ReviewAccess(db), Catalog).GetTileAsync(Seed.AnswerTileId, Seed.ExpertId);

        Assert.NotNull(tile);
        Assert.True(tile.You.CanEditAnswer);
        Assert.False(tile.You.CanAssign);
        Assert.Empty(tile.You.MoveTargets);
        Assert.Equal(2, tile.Agencies.Count);
    }
}
