using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Tiles;

public sealed class TileAssignmentTests
{
    private static readonly Guid ExpertId = Actors.Expert.UserId;

    [Fact]
    public void Assign_TileInAssignGetsAgency_InAnswerOneVersionLaterWithBothInActivity()
    {
        var tile = new TileBuilder().Build();

        var decision = tile.Assign(new TileAssignment([Actors.ExpertAgency], [new NamedExpert(ExpertId, Actors.ExpertAgency)], new DateOnly(2027, 1, 31)),
            Actors.FocalPoint, 1, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal((Column.Answer, 2), (tile.Column, tile.Version));
        Assert.Equal([ExpertId], tile.AssignedExpertIds);
        Assert.Equal(new DateOnly(2027, 1, 31), tile.DueDate);
        Assert.Equal([ActivityKind.Assigned, ActivityKind.Moved], tile.Activity.Select(a => a.Kind));
    }

    [Fact]
    public void Assign_NoAgency_StaysInAssign()
    {
        var tile = new TileBuilder().Build();

        Assert.True(tile.Assign(new TileAssignment([], DueDate: new DateOnly(2027, 1, 31)), Actors.FocalPoint, 1, Actors.Now).IsAllowed);

        Assert.Equal((Column.Assign, 2), (tile.Column, tile.Version));
    }

    [Fact]
    public void Assign_ExpertOfAnAgencyNotChosen_RefusedAndUnchanged()
    {
        var tile = new TileBuilder().Build();

        var decision = tile.Assign(new TileAssignment([Actors.OtherAgency], [new NamedExpert(ExpertId, Actors.ExpertAgency)]),
            Actors.FocalPoint, 1, Actors.Now);

        Assert.Equal(Refusal.ExpertNotOfAssignedAgency, decision.Refusal);
        Assert.Equal((Column.Assign, 1), (tile.Column, tile.Version));
        Assert.Empty(tile.AssignedAgencyIds);
    }

    [Fact]
    public void Assign_OldExpectedVersion_RefusedStaleVersion()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).Build();

        var decision = tile.Assign(new TileAssignment([Actors.OtherAgency]), Actors.FocalPoint, tile.Version - 1, Actors.Now);

        Assert.Equal(Refusal.StaleVersion, decision.Refusal);
        Assert.Equal([Actors.ExpertAgency], tile.AssignedAgencyIds);
    }

    [Fact]
    public void Arrange_LabelLongerThanAllowed_RefusedGroupLabelTooLong()
    {
        var tile = new TileBuilder().Build();

        var decision = tile.Arrange(new string('x', BoardWorkflow.MaxGroupLabelLength + 1), true, Actors.FocalPoint, 1, Actors.Now);

        Assert.Equal(Refusal.GroupLabelTooLong, decision.Refusal);
        Assert.Equal(("", false, 1), (tile.GroupLabel, tile.Priority, tile.Version));
    }

    [Fact]
    public void Arrange_FocalPoint_LabelTrimmedPriorityMarkedVersionRaised()
    {
        var tile = new TileBuilder().Build();

        Assert.True(tile.Arrange("  International cooperation ", true, Actors.FocalPoint, 1, Actors.Now).IsAllowed);

        Assert.Equal(("International cooperation", true, 2), (tile.GroupLabel, tile.Priority, tile.Version));
    }

    [Fact]
    public void Arrange_Expert_RefusedRoleMayNotArrange()
    {
        var tile = new TileBuilder().Build();

        Assert.Equal(Refusal.RoleMayNotArrange, tile.Arrange("Prevention", false, Actors.Expert, 1, Actors.Now).Refusal);
    }
}
