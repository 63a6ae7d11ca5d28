using Planner.Board.Events;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

public sealed class AssignAgenciesCommandTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_FocalPointAddsAgency_SavedAndPublished()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.AgencyId, Seed.OtherAgencyId], ExpectedVersion: 2), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
        var stored = await database.ReloadTileAsync(Seed.AssignedTileId);
        Assert.Equal([Seed.AgencyId, Seed.OtherAgencyId], stored.AssignedAgencyIds);
        Assert.Equal(3, stored.Version);
        var assigned = await database.Events.WaitForAsync<TileAssigned>();
        Assert.Equal(3, assigned.Version);
    }

    [Fact]
    public async Task ExecuteAsync_AgencyOfNoReview_RefusedUnknownAgency()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Guid.NewGuid()], ExpectedVersion: 2), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.UnknownAgency, result.Refusal);
        Assert.Equal([Seed.AgencyId], (await database.ReloadTileAsync(Seed.AssignedTileId)).AssignedAgencyIds);
    }

    [Fact]
    public async Task ExecuteAsync_Reviewer_RefusedRoleMayNotAssign()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.OtherAgencyId], ExpectedVersion: 2), Seed.ReviewerId);

        Assert.Equal(Refusal.RoleMayNotAssign, result.Refusal);
    }
}
