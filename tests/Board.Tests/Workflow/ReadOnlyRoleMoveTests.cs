using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Workflow;

public sealed class ReadOnlyRoleMoveTests
{
    [Theory]
    [InlineData(Column.Assign, Column.Answer)]
    [InlineData(Column.Answer, Column.Assign)]
    [InlineData(Column.Answer, Column.Review)]
    [InlineData(Column.Review, Column.Answer)]
    [InlineData(Column.Review, Column.Finalise)]
    [InlineData(Column.Finalise, Column.Review)]
    public void MoveTo_Observer_RefusedRoleMayNotMove(Column from, Column to)
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(from).WithAnswer("Answered.").Build();

        var decision = tile.MoveTo(to, Actors.Observer, tile.Version, Actors.Now);

        Assert.Equal(Refusal.RoleMayNotMove, decision.Refusal);
        Assert.Equal(from, tile.Column);
    }

    [Theory]
    [InlineData(Column.Assign)]
    [InlineData(Column.Answer)]
    [InlineData(Column.Review)]
    [InlineData(Column.Finalise)]
    public void AllowedTargets_ObserverOrExpert_Empty(Column column)
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(column).WithAnswer("Answered.").Build();

        Assert.Empty(BoardWorkflow.AllowedTargets(Actors.Observer, tile));
        Assert.Empty(BoardWorkflow.AllowedTargets(Actors.Expert, tile));
    }
}
