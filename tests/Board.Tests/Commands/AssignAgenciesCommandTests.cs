using Planner.Board.Events;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Commands;

public sealed class AssignAgenciesCommandTests : IAsyncLifetime
{
    private static readonly DateOnly Due = new(2027, 2, 15);

    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ExecuteAsync_TileInAssignGetsAgenciesExpertAndDueDate_MovesToAnswerInOneVersionStep()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.AgencyId, Seed.OtherAgencyId], ExpectedVersion: 3)
            {
                ExpertIds = [Seed.OtherExpertId],
                DueDate = Due,
            }, Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
        var stored = await database.ReloadTileAsync(Seed.AssignedTileId);
        Assert.Equal(Column.Answer, stored.Column);
        Assert.Equal(4, stored.Version);
        Assert.Equal([Seed.AgencyId, Seed.OtherAgencyId], stored.AssignedAgencyIds);
        Assert.Equal([Seed.OtherExpertId], stored.AssignedExpertIds);
        Assert.Equal(Due, stored.DueDate);
        var latest = stored.Activity.Where(a => a.At == stored.LastChangedAt).Select(a => (a.Kind, a.Detail)).ToList();
        Assert.Contains((ActivityKind.Moved, "Assign>Answer"), latest);
        Assert.Contains(latest, a => a.Kind == ActivityKind.Assigned);
        var assigned = await database.Events.WaitForAsync<TileAssigned>();
        Assert.True(assigned.MovedToAnswer);
        Assert.Equal(4, assigned.Version);
        Assert.DoesNotContain(database.Events.Received, e => e is TileMoved);
    }

    [Fact]
    public async Task ExecuteAsync_ReassignedInAnswer_StaysInAnswer()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AnswerTileId, [Seed.OtherAgencyId], ExpectedVersion: 2), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
        var stored = await database.ReloadTileAsync(Seed.AnswerTileId);
        Assert.Equal((Column.Answer, 3), (stored.Column, stored.Version));
        Assert.Equal([Seed.OtherAgencyId], stored.AssignedAgencyIds);
        Assert.False((await database.Events.WaitForAsync<TileAssigned>()).MovedToAnswer);
    }

    [Fact]
    public async Task ExecuteAsync_ExpertsLeftOut_KeptWhileTheirAgencyStaysDroppedWithIt()
    {
        await using (var db = database.NewContext())
        {
            await database.Commands(db).Assign.ExecuteAsync(
                new AssignAgencies(Seed.AnswerTileId, [Seed.AgencyId, Seed.OtherAgencyId], ExpectedVersion: 2) { ExpertIds = [Seed.ExpertId, Seed.OtherExpertId] },
                Seed.FocalPointId);
        }
        await using var again = database.NewContext();

        var result = await database.Commands(again).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AnswerTileId, [Seed.AgencyId], ExpectedVersion: 3), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Applied, result.Status);
        Assert.Equal([Seed.ExpertId], (await database.ReloadTileAsync(Seed.AnswerTileId)).AssignedExpertIds);
    }

    [Fact]
    public async Task ExecuteAsync_ExpertOfAgencyNotChosen_RefusedAndNothingSaved()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.AgencyId], ExpectedVersion: 3) { ExpertIds = [Seed.OtherExpertId] }, Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.ExpertNotOfAssignedAgency, result.Refusal);
        var stored = await database.ReloadTileAsync(Seed.AssignedTileId);
        Assert.Equal((Column.Assign, 3), (stored.Column, stored.Version));
        Assert.Empty(stored.AssignedExpertIds);
    }

    [Fact]
    public async Task ExecuteAsync_NamedPersonIsNoAgencyExpert_RefusedExpertNotOfAssignedAgency()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.AgencyId], ExpectedVersion: 3) { ExpertIds = [Seed.ReviewerId] }, Seed.FocalPointId);

        Assert.Equal(Refusal.ExpertNotOfAssignedAgency, result.Refusal);
        Assert.Equal(Column.Assign, (await database.ReloadTileAsync(Seed.AssignedTileId)).Column);
    }

    [Fact]
    public async Task ExecuteAsync_StaleExpectedVersion_ConflictAndNothingSaved()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.OtherAgencyId], ExpectedVersion: 2) { DueDate = Due }, Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Conflict, result.Status);
        Assert.Equal(3, result.Tile!.Version);
        var stored = await database.ReloadTileAsync(Seed.AssignedTileId);
        Assert.Equal((Column.Assign, 3), (stored.Column, stored.Version));
        Assert.Equal([Seed.AgencyId], stored.AssignedAgencyIds);
        Assert.NotEqual(Due, stored.DueDate);
    }

    [Fact]
    public async Task ExecuteAsync_MoveGuardRefusesTheMoveToAnswer_VetoedAndNothingSaved()
    {
        await using var db = database.NewContext();
        var guard = new RefusingGuard("Four eyes first.");

        var result = await database.Commands(db, guard).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.OtherAgencyId], ExpectedVersion: 3), Seed.FocalPointId);

        Assert.Equal((Refusal.VetoedByPlugin, "Four eyes first."), (result.Refusal, result.Detail));
        Assert.Equal(1, guard.Calls);
        Assert.Equal([Seed.AgencyId], (await database.ReloadTileAsync(Seed.AssignedTileId)).AssignedAgencyIds);
    }

    [Fact]
    public async Task ExecuteAsync_AgencyOfNoReview_RefusedUnknownAgency()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Guid.NewGuid()], ExpectedVersion: 3), Seed.FocalPointId);

        Assert.Equal(TileChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.UnknownAgency, result.Refusal);
        Assert.Equal([Seed.AgencyId], (await database.ReloadTileAsync(Seed.AssignedTileId)).AssignedAgencyIds);
    }

    [Fact]
    public async Task ExecuteAsync_Reviewer_RefusedRoleMayNotAssign()
    {
        await using var db = database.NewContext();

        var result = await database.Commands(db).Assign.ExecuteAsync(
            new AssignAgencies(Seed.AssignedTileId, [Seed.OtherAgencyId], ExpectedVersion: 3), Seed.ReviewerId);

        Assert.Equal(Refusal.RoleMayNotAssign, result.Refusal);
    }
}
