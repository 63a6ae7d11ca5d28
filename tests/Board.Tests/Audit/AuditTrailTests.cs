using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.Tests.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;

namespace Planner.Board.Tests.Audit;

public sealed class AuditTrailTests : IAsyncLifetime
{
    private BoardDatabase database = null!;

    public async Task InitializeAsync() => database = await BoardDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task MoveTile_Applied_AuditRecordsWhoWhenBeforeAndAfter()
    {
        var actor = new AuditActor();
        await using (var db = database.NewContext(actor))
        {
            var result = await database.AuditedCommands(db, actor).Move.ExecuteAsync(new MoveTile(Seed.AssignedTileId, Column.Answer, 3), Seed.FocalPointId);
            Assert.Equal(TileChangeStatus.Applied, result.Status);
        }

        await using var check = database.NewContext();
        var entry = await check.AuditLog.Where(a => a.Entity == nameof(Tile) && a.Action == "modified")
            .OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Equal("Fiona Focal", entry.ActorName);
        Assert.Equal(Seed.FocalPointId, entry.ActorId);
        Assert.Equal(Seed.AssignedTileId, entry.TileId);
        Assert.Equal(Seed.ReviewId, entry.ReviewId);
        Assert.Contains("\"Column\":\"Assign\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Column\":\"Answer\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_UntouchedLog_IntactAndEveryEntryChecked()
    {
        await using var db = database.NewContext();
        var count = await db.AuditLog.CountAsync();

        var verification = await new AuditVerifier(db).VerifyAsync();

        Assert.True(verification.IsIntact);
        Assert.True(count > 10);
        Assert.Equal(count, verification.Checked);
    }

    [Fact]
    public async Task VerifyAsync_RowEdited_ReportsThatRowAsChanged()
    {
        await database.ExecuteRawAsync("UPDATE AuditLog SET ActorName = 'Someone else' WHERE Sequence = 5");

        await using var db = database.NewContext();
        var verification = await new AuditVerifier(db).VerifyAsync();

        Assert.False(verification.IsIntact);
        Assert.Equal(5, verification.FirstBrokenSequence);
        Assert.Equal(AuditBreak.ContentChanged, verification.Break);
    }

    [Fact]
    public async Task VerifyAsync_RowEditedAndRehashed_ReportsTheNextLinkBroken()
    {
        await using (var db = database.NewContext())
        {
            // A careful tamperer recomputes the edited row's hash; the next row still points at the old one.
            var row = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Sequence == 5);
            var forged = Rehash(row, "Someone else");
            await database.ExecuteRawAsync($"UPDATE AuditLog SET ActorName = 'Someone else', Hash = '{forged}' WHERE Sequence = 5");
        }

        await using var check = database.NewContext();
        var verification = await new AuditVerifier(check).VerifyAsync();

        Assert.Equal(6, verification.FirstBrokenSequence);
        Assert.Equal(AuditBreak.LinkBroken, verification.Break);
    }

    [Fact]
    public async Task VerifyAsync_RowDeleted_ReportsTheMissingSequence()
    {
        await database.ExecuteRawAsync("DELETE FROM AuditLog WHERE Sequence = 7");

        await using var db = database.NewContext();
        var verification = await new AuditVerifier(db).VerifyAsync();

        Assert.Equal(7, verification.FirstBrokenSequence);
        Assert.Equal(AuditBreak.EntryMissing, verification.Break);
    }

    [Fact]
    public async Task VerifyAsync_RowsReordered_ReportsTheFirstMovedRow()
    {
        await database.ExecuteRawAsync(
            "UPDATE AuditLog SET Sequence = -1 WHERE Sequence = 3; UPDATE AuditLog SET Sequence = 3 WHERE Sequence = 4; UPDATE AuditLog SET Sequence = 4 WHERE Sequence = -1;");

        await using var db = database.NewContext();
        var verification = await new AuditVerifier(db).VerifyAsync();

        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task VerifyAsync_LastEntriesCutOff_DetectedThroughTheAnchor()
    {
        var anchorFile = Path.Combine(Path.GetTempPath(), $"planner-anchor-{Guid.NewGuid():N}");
        try
        {
            var anchor = new FileAuditAnchor(anchorFile);
            long last;
            await using (var db = database.NewContext(anchor: anchor))
            {
                var tile = await db.Tiles.SingleAsync(t => t.Id == Seed.AssignedTileId);
                tile.AddComment("The last word.", Builders.Actors.Reviewer, DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
                last = await db.AuditLog.MaxAsync(a => a.Sequence);
            }
            await database.ExecuteRawAsync($"DELETE FROM AuditLog WHERE Sequence >= {last - 1}");

            await using var check = database.NewContext();
            var verification = await new AuditVerifier(check, anchor).VerifyAsync();

            Assert.Equal(AuditBreak.EntryMissing, verification.Break);
            Assert.Equal(last - 1, verification.FirstBrokenSequence);
            Assert.Equal(last, anchor.Read()!.Sequence);
        }
        finally
        {
            File.Delete(anchorFile);
        }
    }

    [Fact]
    public async Task SaveChanges_RowDeleted_RefusedAndNothingLost()
    {
        await using (var db = database.NewContext())
        {
            var tile = await db.Tiles.SingleAsync(t => t.Id == Seed.AssignedTileId);
            db.Tiles.Remove(tile);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = database.NewContext();
        Assert.True(await check.Tiles.AnyAsync(t => t.Id == Seed.AssignedTileId));
    }

    private static string Rehash(AuditEntry row, string actorName)
    {
        var copy = (AuditEntry)typeof(AuditEntry)
            .GetConstructors(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
            .Single(c => c.GetParameters().Length > 0)
            .Invoke([row.Sequence, row.At, row.ActorId, actorName, row.ReviewId, row.TileId, row.Action, row.Entity, row.EntityKey, row.Before, row.After, row.PreviousHash]);
        return copy.Hash;
    }
}
