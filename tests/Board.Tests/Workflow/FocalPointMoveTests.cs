using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Workflow;

public sealed class FocalPointMoveTests
{
    [Fact]
    public void MoveTo_AssignToAnswerWithAssignedAgency_MovesTile()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();

        var decision = tile.MoveTo(Column.Answer, Actors.FocalPoint, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal(Column.Answer, tile.Column);
    }

    [Fact]
    public void MoveTo_AssignToAnswerWithoutAgency_RefusedNoAssignee()
    {
        var tile = new TileBuilder().Build();

        var decision = tile.MoveTo(Column.Answer, Actors.FocalPoint, tile.Version, Actors.Now);

        Assert.Equal(Refusal.NoAssignee, decision.Refusal);
        Assert.Equal(Column.Assign, tile.Column);
    }

    [Fact]
    public void MoveTo_AnswerToReviewWithoutAnswer_RefusedNoAnswer()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(Column.Answer).Build();

        var decision = tile.MoveTo(Column.Review, Actors.FocalPoint, tile.Version, Actors.Now);

        Assert.Equal(Refusal.NoAnswer, decision.Refusal);
        Assert.Equal(Column.Answer, tile.Column);
    }

    [Fact]
    public void MoveTo_AnswerToReviewWithAnswer_MovesTile()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).WithAnswer("Answered.").Build();

        var decision = tile.MoveTo(Column.Review, Actors.FocalPoint, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal(Column.Review, tile.Column);
    }

    [Fact]
    public void MoveTo_AssignToReview_RefusedSkipsColumn()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();

        var decision = tile.MoveTo(Column.Review, Actors.FocalPoint, tile.Version, Actors.Now);

        Assert.Equal(Refusal.SkipsColumn, decision.Refusal);
        Assert.Equal(Column.Assign, tile.Column);
    }

    [Fact]
    public void MoveTo_SameColumn_RefusedSameColumn()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).Build();

        var decision = tile.MoveTo(Column.Answer, Actors.FocalPoint, tile.Version, Actors.Now);

        Assert.Equal(Refusal.SameColumn, decision.Refusal);
    }

    [Fact]
    public void MoveTo_ReviewToFinalise_RefusedRoleMayNotMove()
    {
        var tile = new TileBuilder().InColumn(Column.Review).Build();

        var decision = tile.MoveTo(Column.Finalise, Actors.FocalPoint, tile.Version, Actors.Now);

        Assert.Equal(Refusal.RoleMayNotMove, decision.Refusal);
    }
}
