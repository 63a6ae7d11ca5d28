using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.Sample;

namespace Planner.Board.Tests.Sample;

public sealed class SampleDataSeederTests : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public SampleDataSeederTests() => connection.Open();

    public void Dispose() => connection.Dispose();

    [Fact]
    public void Read_SampleReviewFile_ReadsReviewAndTiles()
    {
        using var stream = File.OpenRead(SampleFile.Path);

        var sample = SampleDataSeeder.Read(stream);

        Assert.Equal("KEN", sample.StateUnderReview);
        Assert.NotEmpty(sample.Users);
        Assert.NotEmpty(sample.Tiles);
    }

    [Fact]
    public async Task InitializeAsync_WithSampleReview_SeedsEveryTileInItsColumn()
    {
        await using var db = NewContext();
        SampleReviewFile sample;
        using (var stream = File.OpenRead(SampleFile.Path))
        {
            sample = SampleDataSeeder.Read(stream);
        }

        await DatabaseInitializer.InitializeAsync(db, () => File.OpenRead(SampleFile.Path), TimeProvider.System);

        await using var fresh = NewContext();
        var review = await fresh.Reviews.SingleAsync();
        Assert.Equal(sample.StateUnderReview, review.StateUnderReview);
        var tiles = await fresh.Tiles.Include(t => t.AnswerVersions).Include(t => t.Comments).AsSplitQuery().ToListAsync();
        Assert.Equal(sample.Tiles.Count, tiles.Count);
        foreach (var expected in sample.Tiles)
        {
            var tile = Assert.Single(tiles, t => t.ArticleNumber == expected.Article);
            Assert.Equal(expected.Column, tile.Column);
            Assert.Equal(expected.Agencies?.Count ?? 0, tile.AssignedAgencyIds.Count);
            Assert.Equal(expected.Answer ?? "", tile.Answer);
            Assert.Equal(expected.Answer is null ? 0 : 1, tile.AnswerVersions.Count);
            Assert.Equal(expected.Comments?.Count ?? 0, tile.Comments.Count);
        }
        Assert.True((await fresh.States.SingleAsync(s => s.Iso3 == sample.StateUnderReview)).IsParty);
    }

    [Fact]
    public async Task InitializeAsync_WithSampleReview_EveryUserHasRoleOnReview()
    {
        await using var db = NewContext();

        await DatabaseInitializer.InitializeAsync(db, () => File.OpenRead(SampleFile.Path), TimeProvider.System);

        await using var fresh = NewContext();
        var review = await fresh.Reviews.SingleAsync();
        var access = new Access.ReviewAccess(fresh);
        foreach (var user in await fresh.Users.ToListAsync())
        {
            Assert.NotNull(await access.ActorOnReviewAsync(review.Id, user.Id));
        }
    }

    private PlannerDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PlannerDbContext>().UseSqlite(connection).Options);
}
