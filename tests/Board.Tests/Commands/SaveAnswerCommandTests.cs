using Planner.Board.Events;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

public sealed class SaveAnswerCommandTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_ExpertOfAssignedAgency_SavesAnswerVersion()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).SaveAnswer
            .ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Kenya criminalises bribery.", ExpectedVersion: 2), Seed.ExpertId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
        var stored = await database.ReloadTileAsync(Seed.AnswerTileId);
        Assert.Equal("Kenya criminalises bribery.", stored.Answer);
        Assert.Equal(3, stored.Version);
        var version = Assert.Single(stored.AnswerVersions);
        Assert.Equal(1, version.Number);
        Assert.Equal(Seed.ExpertId, version.AuthorId);
        Assert.Equal("Ed Expert", version.AuthorName);
        var saved = await database.Events.WaitForAsync<AnswerSaved>();
        Assert.Equal(3, saved.Version);
        Assert.Equal(1, saved.AnswerNumber);
    }

    [Fact]
    public async Task ExecuteAsync_SavedTwiceFromFreshContexts_KeepsBothVersions()
    {
        await using (var first = database.NewContext())
        {
            await database.Commands(first).SaveAnswer
                .ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Draft one.", ExpectedVersion: 2), Seed.ExpertId);
        }
        await using (var second = database.NewContext())
        {
            var result = await database.Commands(second).SaveAnswer
                .ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Draft two.", ExpectedVersion: 3), Seed.FocalPointId);
            Assert.Equal(TileChangeStatus.Applied, result.Status);
        }

        var stored = await database.ReloadTileAsync(Seed.AnswerTileId);
        Assert.Equal(
            [(1, "Draft one.", "Ed Expert"), (2, "Draft two.", "Fiona Focal")],
            stored.AnswerVersions.OrderBy(v => v.Number).Select(v => (v.Number, v.Text, v.AuthorName)));
        Assert.Equal("Draft two.", stored.Answer);
        Assert.Equal(4, stored.Version);
    }

    [Fact]
    public async Task ExecuteAsync_ExpertOfOtherAgency_RefusedNotAssignedToYourAgency()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).SaveAnswer
            .ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Not ours.", ExpectedVersion: 2), Seed.OtherExpertId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.NotAssignedToYourAgency, result.Refusal);
        Assert.Empty((await database.ReloadTileAsync(Seed.AnswerTileId)).AnswerVersions);
    }

    [Fact]
    public async Task ExecuteAsync_StaleExpectedVersion_ConflictAndNothingSaved()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).SaveAnswer
            .ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Too late.", ExpectedVersion: 1), Seed.ExpertId);

        Assert.Equal(TileChangeStatus.Conflict, result.Status);
        var stored = await database.ReloadTileAsync(Seed.AnswerTileId);
        Assert.Equal("", stored.Answer);
        Assert.Equal(2, stored.Version);
        Assert.Empty(stored.AnswerVersions);
    }

    [Fact]
    public async Task ExecuteAsync_TileInReview_RefusedAnswerLocked()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).SaveAnswer
            .ExecuteAsync(new SaveAnswer(Seed.ReviewTileId, "Late edit.", ExpectedVersion: 4), Seed.ExpertId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.AnswerLocked, result.Refusal);
    }
}
