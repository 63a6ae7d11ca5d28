using Planner.Board.Access;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles.Commands;
using Planner.Board.Tiles.Diff;

namespace Planner.Board.Tests.Diff;

public sealed class AnswerDiffQueryTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await BoardDatabase.CreateAsync();
        await using var db = database.NewContext();
        var save = database.Commands(db).SaveAnswer;
        // Each save is based on the tile's current version, and must apply: the tests compare these two versions.
        var first = await save.ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Bribery is an offence.", (await database.ReloadTileAsync(Seed.AnswerTileId)).Version), Seed.ExpertId);
        var second = await save.ExecuteAsync(new SaveAnswer(Seed.AnswerTileId, "Active bribery is an offence.\n\nSee the Act of 2003.", first.Tile!.Version), Seed.FocalPointId);
        Assert.Equal((TileChangeStatus.Applied, TileChangeStatus.Applied), (first.Status, second.Status));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task CompareAsync_TwoSavedVersions_ReturnsAuthorsAndChanges()
    {
        await using var db = database.NewContext();

        var result = await Query(db).CompareAsync(Seed.AnswerTileId, 1, 2, Seed.ReviewerId);

        Assert.Equal(AnswerDiffStatus.Found, result.Status);
        var diff = result.Diff!;
        Assert.Equal((1, "Ed Expert"), (diff.From.Number, diff.From.AuthorName));
        Assert.Equal((2, "Fiona Focal"), (diff.To.Number, diff.To.AuthorName));
        Assert.Equal(1, diff.Changes.LinesChanged);
        Assert.Equal(2, diff.Changes.LinesAdded);
        Assert.Contains(diff.Changes.Lines.SelectMany(l => l.Segments), s => s.Kind == DiffKind.Added && s.Text.Contains("Act of 2003", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompareAsync_VersionThatDoesNotExist_IsUnknownVersion()
    {
        await using var db = database.NewContext();

        var result = await Query(db).CompareAsync(Seed.AnswerTileId, 1, 3, Seed.ExpertId);

        Assert.Equal(AnswerDiffStatus.UnknownVersion, result.Status);
        Assert.Null(result.Diff);
        Assert.Equal(2, result.VersionCount);
    }

    [Fact]
    public async Task CompareAsync_UserWithoutRole_IsNotFound()
    {
        await using var db = database.NewContext();

        var result = await Query(db).CompareAsync(Seed.AnswerTileId, 1, 2, Seed.OutsiderId);

        Assert.Equal(AnswerDiffStatus.NotFound, result.Status);
        Assert.Null(result.Diff);
    }

    [Fact]
    public async Task CompareAsync_UnknownTile_IsNotFound()
    {
        await using var db = database.NewContext();

        var result = await Query(db).CompareAsync(Guid.NewGuid(), 1, 2, Seed.SecretariatId);

        Assert.Equal(AnswerDiffStatus.NotFound, result.Status);
    }

    private static AnswerDiffQuery Query(Planner.Board.Persistence.PlannerDbContext db) => new(db, new ReviewAccess(db), new TextDiffer());
}
