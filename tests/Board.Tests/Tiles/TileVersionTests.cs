using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;

namespace Planner.Board.Tests.Tiles;

public sealed class TileVersionTests
{
    [Fact]
    public void Constructor_NewTile_VersionOneInAssign()
    {
        var tile = new Tile(Guid.NewGuid(), Guid.NewGuid(), 5);

        Assert.Equal(1, tile.Version);
        Assert.Equal(Column.Assign, tile.Column);
    }

    [Fact]
    public void AssignAgencies_Allowed_RaisesVersionByOne()
    {
        var tile = new TileBuilder().Build();
        var before = tile.Version;

        tile.AssignAgencies([Actors.ExpertAgency], Actors.FocalPoint, before, Actors.Now);

        Assert.Equal(before + 1, tile.Version);
        Assert.Equal([Actors.ExpertAgency], tile.AssignedAgencyIds);
    }

    [Fact]
    public void MoveTo_Allowed_RaisesVersionByOne()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();
        var before = tile.Version;

        tile.MoveTo(Column.Answer, Actors.FocalPoint, before, Actors.Now);

        Assert.Equal(before + 1, tile.Version);
    }

    [Fact]
    public void SaveAnswer_Allowed_RaisesVersionByOne()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).Build();
        var before = tile.Version;

        tile.SaveAnswer("First draft.", Actors.Expert, before, Actors.Now);

        Assert.Equal(before + 1, tile.Version);
    }

    [Fact]
    public void MoveTo_Refused_KeepsVersion()
    {
        var tile = new TileBuilder().Build();
        var before = tile.Version;

        tile.MoveTo(Column.Answer, Actors.FocalPoint, before, Actors.Now);

        Assert.Equal(before, tile.Version);
    }

    [Fact]
    public void AddComment_Allowed_KeepsVersion()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).Build();
        var before = tile.Version;

        var (decision, comment) = tile.AddComment("Please cite the 2019 law.", Actors.Reviewer, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.NotNull(comment);
        Assert.Equal(before, tile.Version);
        Assert.Single(tile.Comments);
    }

    [Fact]
    public void Changes_EachApplied_RecordLastChangedByAndActivity()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).Build();
        var later = Actors.Now.AddHours(1);

        tile.MoveTo(Column.Answer, Actors.FocalPoint, tile.Version, later);

        Assert.Equal(Actors.FocalPoint.DisplayName, tile.LastChangedBy);
        Assert.Equal(later, tile.LastChangedAt);
        var last = tile.Activity[^1];
        Assert.Equal(ActivityKind.Moved, last.Kind);
        Assert.Equal("Assign>Answer", last.Detail);
    }
}
