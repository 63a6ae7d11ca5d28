using Planner.Board.Tests.Builders;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Tiles;

public sealed class CommentRightsTests
{
    [Fact]
    public void AddComment_Observer_RefusedRoleMayNotComment()
    {
        var tile = new TileBuilder().Build();

        var (decision, comment) = tile.AddComment("Hello.", Actors.Observer, Actors.Now);

        Assert.Equal(Refusal.RoleMayNotComment, decision.Refusal);
        Assert.Null(comment);
        Assert.Empty(tile.Comments);
    }

    [Fact]
    public void AddComment_TextOverMaxLength_RefusedTextTooLong()
    {
        var tile = new TileBuilder().Build();

        var (decision, _) = tile.AddComment(new string('c', BoardWorkflow.MaxCommentLength + 1), Actors.Reviewer, Actors.Now);

        Assert.Equal(Refusal.TextTooLong, decision.Refusal);
        Assert.Empty(tile.Comments);
    }
}
