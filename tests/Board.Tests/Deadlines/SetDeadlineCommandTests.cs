using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.Deadlines;
using Planner.Board.Deadlines.Commands;
using Planner.Board.Events;
using Planner.Board.Tests.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Deadlines;

public sealed class SetDeadlineCommandTests : IAsyncLifetime
{
    private static readonly DateOnly Due = new(2027, 2, 15);

    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    public static TheoryData<string, DeadlineChangeStatus> Roles => new()
    {
        { "secretariat", DeadlineChangeStatus.Applied },
        { "focal point", DeadlineChangeStatus.Applied },
        { "reviewer", DeadlineChangeStatus.Applied },
        { "agency expert", DeadlineChangeStatus.Refused },
        { "observer", DeadlineChangeStatus.Refused },
        { "outsider", DeadlineChangeStatus.NotFound },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task ExecuteAsync_ByRole_OnlySecretariatFocalPointAndReviewersMaySet(string role, DeadlineChangeStatus expected)
    {
        await using var db = database.NewContext();

        var result = await DeadlineCommands.Set(database, db).ExecuteAsync(DeadlineCommands.Checklist(Guid.NewGuid(), Due), UserOf(role));

        Assert.Equal(expected, result.Status);
        if (expected == DeadlineChangeStatus.Refused)
        {
            Assert.Equal(Refusal.RoleMayNotAdjustDeadline, result.Refusal);
        }
        await using var check = database.NewContext();
        Assert.Equal(expected == DeadlineChangeStatus.Applied ? 1 : 0, await check.Deadlines.CountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task ExecuteAsync_NoReason_RefusedReasonRequiredAndNothingStored(string? reason)
    {
        await using var db = database.NewContext();

        var result = await DeadlineCommands.Set(database, db).ExecuteAsync(DeadlineCommands.Checklist(Guid.NewGuid(), Due, reason), Seed.FocalPointId);

        Assert.Equal(DeadlineChangeStatus.Refused, result.Status);
        Assert.Equal(Refusal.ReasonRequired, result.Refusal);
        await using var check = database.NewContext();
        Assert.False(await check.Deadlines.AnyAsync());
    }

    [Fact]
    public async Task ExecuteAsync_AdjustWithoutReason_RefusedAndDateKept()
    {
        var id = await CreateAsync();
        await using var db = database.NewContext();

        var result = await DeadlineCommands.Set(database, db).ExecuteAsync(
            DeadlineCommands.Checklist(id, Due.AddDays(7), reason: " ", expectedVersion: 1), Seed.ReviewerId);

        Assert.Equal(Refusal.ReasonRequired, result.Refusal);
        Assert.Equal(Due, result.Deadline!.DueDate);
    }

    [Fact]
    public async Task ExecuteAsync_CustomWithoutLabel_RefusedLabelRequired()
    {
        await using var db = database.NewContext();

        var result = await DeadlineCommands.Set(database, db).ExecuteAsync(
            new SetDeadline(Seed.ReviewId, Guid.NewGuid(), DeadlineKind.Custom, " ", Due, false, "Agreed", 0), Seed.SecretariatId);

        Assert.Equal(Refusal.DeadlineLabelRequired, result.Refusal);
    }

    [Fact]
    public async Task ExecuteAsync_StaleVersion_ConflictWithLatestAndNothingOverwritten()
    {
        var id = await CreateAsync();
        await using (var first = database.NewContext())
        {
            Assert.Equal(DeadlineChangeStatus.Applied, (await DeadlineCommands.Set(database, first).ExecuteAsync(
                DeadlineCommands.Checklist(id, Due.AddDays(14), "Uganda asked for two more weeks", expectedVersion: 1), Seed.ReviewerId)).Status);
        }
        await using var db = database.NewContext();

        var result = await DeadlineCommands.Set(database, db).ExecuteAsync(
            DeadlineCommands.Checklist(id, Due.AddDays(-7), "Kenya wants it earlier", expectedVersion: 1), Seed.FocalPointId);

        Assert.Equal(DeadlineChangeStatus.Conflict, result.Status);
        Assert.Equal(Refusal.StaleVersion, result.Refusal);
        Assert.Equal(Due.AddDays(14), result.Deadline!.DueDate);
        Assert.Equal(2, result.Deadline.Version);
    }

    [Fact]
    public async Task ExecuteAsync_NewWithNonZeroVersion_Conflict()
    {
        await using var db = database.NewContext();

        var result = await DeadlineCommands.Set(database, db).ExecuteAsync(
            DeadlineCommands.Checklist(Guid.NewGuid(), Due, expectedVersion: 3), Seed.FocalPointId);

        Assert.Equal(DeadlineChangeStatus.Conflict, result.Status);
    }

    [Fact]
    public async Task ExecuteAsync_TwoChanges_HistoryKeepsWhoWhenFromToAndWhy()
    {
        var id = await CreateAsync();
        await using var db = database.NewContext();

        await DeadlineCommands.Set(database, db).ExecuteAsync(
            DeadlineCommands.Checklist(id, Due.AddDays(14), "Uganda asked for two more weeks", expectedVersion: 1), Seed.ReviewerId);

        await using var read = database.NewContext();
        var list = await DeadlineCommands.Queries(read).ListAsync(Seed.ReviewId, Seed.ObserverId);
        var history = Assert.Single(list!.Deadlines).History;
        Assert.Equal(2, history.Count);
        var latest = history[0];
        Assert.Equal(("Rita Reviewer", Due, Due.AddDays(14), "Uganda asked for two more weeks"),
            (latest.By, latest.FromDate!.Value, latest.ToDate, latest.Reason));
        Assert.Null(history[1].FromDate);
        Assert.False(list.CanAdjust);
    }

    [Fact]
    public async Task ExecuteAsync_Applied_AuditedAgainstTheUserAndPublished()
    {
        var auditActor = new AuditActor();
        await using var audited = database.NewContext(auditActor);

        var result = await DeadlineCommands.Set(database, audited, auditActor).ExecuteAsync(
            DeadlineCommands.Checklist(Guid.NewGuid(), Due), Seed.FocalPointId);

        Assert.Equal(DeadlineChangeStatus.Applied, result.Status);
        await using var db = database.NewContext();
        var entries = await db.AuditLog.Where(a => a.Entity == nameof(ReviewDeadline) || a.Entity == nameof(DeadlineChange)).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("Fiona Focal", Seed.ReviewId), (e.ActorName, e.ReviewId!.Value)));
        Assert.Contains(entries, e => e.After.Contains("Agreed at the kick-off call", StringComparison.Ordinal));
        var published = await database.Events.WaitForAsync<DeadlineChanged>();
        Assert.Equal((1, Seed.FocalPointId), (published.Version, published.ByUserId!.Value));
    }

    [Fact]
    public async Task ListAsync_PastAndNotMet_Overdue()
    {
        await using var db = database.NewContext();
        var set = DeadlineCommands.Set(database, db);
        await set.ExecuteAsync(DeadlineCommands.Checklist(Guid.NewGuid(), DeadlineCommands.Today.AddDays(-1)), Seed.FocalPointId);
        await set.ExecuteAsync(DeadlineCommands.Checklist(Guid.NewGuid(), DeadlineCommands.Today.AddDays(-2), met: true), Seed.FocalPointId);
        await set.ExecuteAsync(DeadlineCommands.Checklist(Guid.NewGuid(), DeadlineCommands.Today), Seed.FocalPointId);

        var list = await DeadlineCommands.Queries(db).ListAsync(Seed.ReviewId, Seed.FocalPointId);

        Assert.Equal([false, true, false], list!.Deadlines.Select(d => d.IsOverdue));
    }

    [Fact]
    public async Task ListAsync_Outsider_Null()
    {
        await using var db = database.NewContext();

        Assert.Null(await DeadlineCommands.Queries(db).ListAsync(Seed.ReviewId, Seed.OutsiderId));
    }

    private async Task<Guid> CreateAsync()
    {
        var id = Guid.NewGuid();
        await using var db = database.NewContext();
        var result = await DeadlineCommands.Set(database, db).ExecuteAsync(DeadlineCommands.Checklist(id, Due), Seed.SecretariatId);
        Assert.Equal(DeadlineChangeStatus.Applied, result.Status);
        return id;
    }

    private static Guid UserOf(string role) => role switch
    {
        "secretariat" => Seed.SecretariatId,
        "focal point" => Seed.FocalPointId,
        "reviewer" => Seed.ReviewerId,
        "agency expert" => Seed.ExpertId,
        "observer" => Seed.ObserverId,
        _ => Seed.OutsiderId,
    };
}
