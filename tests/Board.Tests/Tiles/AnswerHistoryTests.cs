using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;

namespace Planner.Board.Tests.Tiles;

public sealed class AnswerHistoryTests
{
    [Fact]
    public void SaveAnswer_SeveralTimes_KeepsEveryVersionInOrder()
    {
        var tile = new TileBuilder().AssignedTo(Actors.ExpertAgency).InColumn(Column.Answer).Build();

        tile.SaveAnswer("Draft one.", Actors.Expert, tile.Version, Actors.Now);
        tile.SaveAnswer("Draft two.", Actors.FocalPoint, tile.Version, Actors.Now.AddMinutes(5));

        Assert.Collection(
            tile.AnswerVersions,
            first =>
            {
                Assert.Equal(1, first.Number);
                Assert.Equal("Draft one.", first.Text);
                Assert.Equal(Actors.Expert.UserId, first.AuthorId);
                Assert.Equal(Actors.Expert.DisplayName, first.AuthorName);
                Assert.Equal(Actors.Now, first.SavedAt);
            },
            second =>
            {
                Assert.Equal(2, second.Number);
                Assert.Equal("Draft two.", second.Text);
                Assert.Equal(Actors.FocalPoint.DisplayName, second.AuthorName);
            });
        Assert.Equal("Draft two.", tile.Answer);
        Assert.Equal(2, tile.AnswerVersionCount);
    }

    [Fact]
    public void SaveAnswer_Refused_AddsNoVersion()
    {
        var tile = new TileBuilder().InColumn(Column.Answer).WithAnswer("Kept.").Build();

        tile.SaveAnswer("   ", Actors.Expert, tile.Version, Actors.Now);

        var only = Assert.Single(tile.AnswerVersions);
        Assert.Equal("Kept.", only.Text);
        Assert.Equal(1, tile.AnswerVersionCount);
    }
}
