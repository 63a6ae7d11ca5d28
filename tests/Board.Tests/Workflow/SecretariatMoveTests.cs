using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;

namespace Planner.Board.Tests.Workflow;

public sealed class SecretariatMoveTests
{
    [Fact]
    public void MoveTo_FinaliseBackToReview_ReopensTile()
    {
        var tile = new TileBuilder().InColumn(Column.Finalise).Build();

        var decision = tile.MoveTo(Column.Review, Actors.Secretariat, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal(Column.Review, tile.Column);
    }

    [Theory]
    [InlineData(Column.Assign, Column.Answer)]
    [InlineData(Column.Answer, Column.Assign)]
    [InlineData(Column.Answer, Column.Review)]
    [InlineData(Column.Review, Column.Answer)]
    [InlineData(Column.Review, Column.Finalise)]
    [InlineData(Column.Finalise, Column.Review)]
    public void MoveTo_AnyAdjacentStep_Allowed(Column from, Column to)
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(from).WithAnswer("Answered.").Build();

        var decision = tile.MoveTo(to, Actors.Secretariat, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed, $"{from}>{to} refused: {decision.Refusal}");
        Assert.Equal(to, tile.Column);
    }
}
