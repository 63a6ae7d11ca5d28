using Planner.Board.Events;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

public sealed class AddCommentCommandTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_Reviewer_CommentSavedAndVersionKept()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).AddComment
            .ExecuteAsync(new AddComment(Seed.ReviewTileId, "Please add case law."), Seed.ReviewerId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
        var stored = await database.ReloadTileAsync(Seed.ReviewTileId);
        var comment = Assert.Single(stored.Comments);
        Assert.Equal("Please add case law.", comment.Text);
        Assert.Equal("Rita Reviewer", comment.AuthorName);
        Assert.Equal(4, stored.Version);
        var added = await database.Events.WaitForAsync<CommentAdded>();
        Assert.Equal(comment.Id, added.CommentId);
        Assert.Equal(4, added.Version);
    }

    [Fact]
    public async Task ExecuteAsync_CommentBetweenReadAndMove_MoveStillApplied()
    {
        await using var db = database.NewContext();
        var commands = database.Commands(db);

        await commands.AddComment.ExecuteAsync(new AddComment(Seed.ReviewTileId, "Looks complete."), Seed.ReviewerId);
        var result = await commands.Move
            .ExecuteAsync(new MoveTile(Seed.ReviewTileId, Column.Finalise, ExpectedVersion: 4), Seed.ReviewerId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
    }

    [Fact]
    public async Task ExecuteAsync_Observer_RefusedRoleMayNotComment()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).AddComment
            .ExecuteAsync(new AddComment(Seed.ReviewTileId, "Hi."), Seed.ObserverId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.RoleMayNotComment, result.Refusal);
        Assert.Empty((await database.ReloadTileAsync(Seed.ReviewTileId)).Comments);
    }
}
