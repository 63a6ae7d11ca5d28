using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Workflow;

public sealed class ReviewerMoveTests
{
    [Fact]
    public void MoveTo_ReviewToFinalise_MovesTile()
    {
        var tile = new TileBuilder().InColumn(Column.Review).Build();

        var decision = tile.MoveTo(Column.Finalise, Actors.Reviewer, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal(Column.Finalise, tile.Column);
    }

    [Fact]
    public void MoveTo_ReviewBackToAnswer_MovesTile()
    {
        var tile = new TileBuilder().InColumn(Column.Review).Build();

        var decision = tile.MoveTo(Column.Answer, Actors.Reviewer, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal(Column.Answer, tile.Column);
    }

    [Fact]
    public void MoveTo_AssignToAnswer_RefusedRoleMayNotMove()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();

        var decision = tile.MoveTo(Column.Answer, Actors.Reviewer, tile.Version, Actors.Now);

        Assert.Equal(Refusal.RoleMayNotMove, decision.Refusal);
        Assert.Equal(Column.Assign, tile.Column);
    }

    [Fact]
    public void MoveTo_FinaliseBackToReview_RefusedRoleMayNotMove()
    {
        var tile = new TileBuilder().InColumn(Column.Finalise).Build();

        var decision = tile.MoveTo(Column.Review, Actors.Reviewer, tile.Version, Actors.Now);

        Assert.Equal(Refusal.RoleMayNotMove, decision.Refusal);
        Assert.Equal(Column.Finalise, tile.Column);
    }
}
