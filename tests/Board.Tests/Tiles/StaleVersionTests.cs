using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Tiles;

public sealed class StaleVersionTests
{
    [Fact]
    public void MoveTo_OldExpectedVersion_RefusedStaleVersionAndUnchanged()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).WithAnswer("Answered.").Build();
        var version = tile.Version;

        var decision = tile.MoveTo(Column.Review, Actors.FocalPoint, version - 1, Actors.Now);

        Assert.Equal(Refusal.StaleVersion, decision.Refusal);
        Assert.Equal(Column.Answer, tile.Column);
        Assert.Equal("Answered.", tile.Answer);
        Assert.Equal(version, tile.Version);
    }

    [Fact]
    public void SaveAnswer_OldExpectedVersion_RefusedStaleVersionAndUnchanged()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).WithAnswer("First.").Build();
        var version = tile.Version;

        var decision = tile.SaveAnswer("Overwrite?", Actors.Expert, version - 1, Actors.Now);

        Assert.Equal(Refusal.StaleVersion, decision.Refusal);
        Assert.Equal("First.", tile.Answer);
        Assert.Equal(Column.Answer, tile.Column);
        Assert.Equal(version, tile.Version);
        Assert.Single(tile.AnswerVersions);
    }

    [Fact]
    public void AssignAgencies_OldExpectedVersion_RefusedStaleVersionAndUnchanged()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();
        var version = tile.Version;

        var decision = tile.AssignAgencies([Actors.OtherAgency], Actors.FocalPoint, version - 1, Actors.Now);

        Assert.Equal(Refusal.StaleVersion, decision.Refusal);
        Assert.Equal([Actors.ExpertAgency], tile.AssignedAgencyIds);
        Assert.Equal(version, tile.Version);
    }

    [Fact]
    public void MoveTo_FutureExpectedVersion_RefusedStaleVersion()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();

        var decision = tile.MoveTo(Column.Answer, Actors.FocalPoint, tile.Version + 1, Actors.Now);

        Assert.Equal(Refusal.StaleVersion, decision.Refusal);
        Assert.Equal(Column.Assign, tile.Column);
    }
}
