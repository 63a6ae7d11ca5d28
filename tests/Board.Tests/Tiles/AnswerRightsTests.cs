using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Tiles;

public sealed class AnswerRightsTests
{
    [Fact]
    public void SaveAnswer_ExpertOfAssignedAgency_Saved()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(Column.Answer).Build();

        var decision = tile.SaveAnswer("Our answer.", Actors.Expert, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed);
        Assert.Equal("Our answer.", tile.Answer);
    }

    [Fact]
    public void SaveAnswer_ExpertOfOtherAgency_RefusedNotAssignedToYourAgency()
    {
        var tile = new TileBuilder().AssignedTo(Actors.OtherAgency).InColumn(Column.Answer).Build();
        var version = tile.Version;

        var decision = tile.SaveAnswer("Not ours.", Actors.Expert, version, Actors.Now);

        Assert.Equal(Refusal.NotAssignedToYourAgency, decision.Refusal);
        Assert.Equal("", tile.Answer);
        Assert.Equal(version, tile.Version);
    }

    [Theory]
    [InlineData(Column.Review)]
    [InlineData(Column.Finalise)]
    public void SaveAnswer_TileInReviewOrLater_RefusedAnswerLocked(Column column)
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(column).WithAnswer("Submitted.").Build();

        var decision = tile.SaveAnswer("Late change.", Actors.Expert, tile.Version, Actors.Now);

        Assert.Equal(Refusal.AnswerLocked, decision.Refusal);
        Assert.Equal("Submitted.", tile.Answer);
    }

    [Theory]
    [InlineData(ReviewRole.Reviewer)]
    [InlineData(ReviewRole.Observer)]
    public void SaveAnswer_ReviewerOrObserver_RefusedRoleMayNotEditAnswer(ReviewRole role)
    {
        var tile = new TileBuilder().InColumn(Column.Answer).Build();
        var actor = new Actor(Guid.NewGuid(), "Someone", role);

        var decision = tile.SaveAnswer("Text.", actor, tile.Version, Actors.Now);

        Assert.Equal(Refusal.RoleMayNotEditAnswer, decision.Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void SaveAnswer_EmptyText_RefusedEmptyText(string text)
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(Column.Answer).Build();

        var decision = tile.SaveAnswer(text, Actors.Expert, tile.Version, Actors.Now);

        Assert.Equal(Refusal.EmptyText, decision.Refusal);
    }

    [Fact]
    public void SaveAnswer_TextOverMaxLength_RefusedTextTooLong()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(Column.Answer).Build();

        var decision = tile.SaveAnswer(new string('a', BoardWorkflow.MaxAnswerLength + 1), Actors.Expert, tile.Version, Actors.Now);

        Assert.Equal(Refusal.TextTooLong, decision.Refusal);
        Assert.Equal("", tile.Answer);
    }

    [Fact]
    public void SaveAnswer_TextOfExactlyMaxLength_Saved()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(Column.Answer).Build();

        var decision = tile.SaveAnswer(new string('a', BoardWorkflow.MaxAnswerLength), Actors.Expert, tile.Version, Actors.Now);

        Assert.True(decision.IsAllowed);
    }
}
