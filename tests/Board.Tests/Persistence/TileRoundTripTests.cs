using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;

namespace Planner.Board.Tests.Persistence;

public sealed class TileRoundTripTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ReloadTileAsync_BuiltTile_KeepsEverything()
    {
        var tile = new TileBuilder().OnReview(Seed.ReviewId).ForArticle(15)
            .AssignedTo(Seed.AgencyId, Seed.OtherAgencyId).InColumn(Column.Finalise).WithAnswer("Bribery of national public officials.")
            .Build();
        tile.AddComment("Concluded.", Actors.Reviewer, Actors.Now);
        await using (var db = database.NewContext())
        {
            db.Tiles.Add(tile);
            await db.SaveChangesAsync();
        }

        var stored = await database.ReloadTileAsync(tile.Id);

        Assert.Equal(Column.Finalise, stored.Column);
        Assert.Equal(tile.Version, stored.Version);
        Assert.Equal([Seed.AgencyId, Seed.OtherAgencyId], stored.AssignedAgencyIds);
        Assert.Equal("Bribery of national public officials.", stored.Answer);
        Assert.Equal(1, Assert.Single(stored.AnswerVersions).Number);
        Assert.Equal("Concluded.", Assert.Single(stored.Comments).Text);
        Assert.Equal(tile.Activity.Count, stored.Activity.Count);
        Assert.Equal(Actors.Now, stored.LastChangedAt);
    }
}
