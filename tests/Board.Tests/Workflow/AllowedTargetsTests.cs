using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Workflow;

public sealed class AllowedTargetsTests
{
    [Fact]
    public void AllowedTargets_FocalPointOnAssignedTile_OnlyAnswer()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();

        Assert.Equal([Column.Answer], BoardWorkflow.AllowedTargets(Actors.FocalPoint, tile));
    }

    [Fact]
    public void AllowedTargets_FocalPointOnUnassignedTile_Empty()
    {
        var tile = new TileBuilder().Build();

        Assert.Empty(BoardWorkflow.AllowedTargets(Actors.FocalPoint, tile));
    }

    [Fact]
    public void AllowedTargets_FocalPointOnAnsweredTile_AssignAndReview()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).WithAnswer("Answered.").Build();

        Assert.Equal([Column.Assign, Column.Review], BoardWorkflow.AllowedTargets(Actors.FocalPoint, tile));
    }

    [Fact]
    public void AllowedTargets_FocalPointOnUnansweredTile_OnlyAssign()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).Build();

        Assert.Equal([Column.Assign], BoardWorkflow.AllowedTargets(Actors.FocalPoint, tile));
    }

    [Fact]
    public void AllowedTargets_ReviewerInReview_AnswerAndFinalise()
    {
        var tile = new TileBuilder().InColumn(Column.Review).Build();

        Assert.Equal([Column.Answer, Column.Finalise], BoardWorkflow.AllowedTargets(Actors.Reviewer, tile));
    }

    [Fact]
    public void AllowedTargets_ReviewerInFinalise_Empty()
    {
        var tile = new TileBuilder().InColumn(Column.Finalise).Build();

        Assert.Empty(BoardWorkflow.AllowedTargets(Actors.Reviewer, tile));
    }

    [Fact]
    public void AllowedTargets_SecretariatInFinalise_OnlyReview()
    {
        var tile = new TileBuilder().InColumn(Column.Finalise).Build();

        Assert.Equal([Column.Review], BoardWorkflow.AllowedTargets(Actors.Secretariat, tile));
    }

    [Fact]
    public void AllowedTargets_Always_AgreesWithCanMove()
    {
        var actors = new[] { Actors.Secretariat, Actors.FocalPoint, Actors.Expert, Actors.Reviewer, Actors.Observer };
        foreach (var column in Enum.GetValues<Column>())
        {
            var tile = new TileBuilder().InColumn(column).WithAnswer("Answered.").Build();
            foreach (var actor in actors)
            {
                var expected = Enum.GetValues<Column>().Where(c => BoardWorkflow.CanMove(actor, tile, c).IsAllowed);
                Assert.Equal(expected, BoardWorkflow.AllowedTargets(actor, tile));
            }
        }
    }
}
