using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Planner.Board.Tiles;

namespace Planner.Board.Audit;

/// <summary>
/// Turns the changes about to be saved into audit entries: who, when, what, and the values before
/// and after, chained to the entry before. Deleting is refused: nothing is ever hard-deleted.
/// </summary>
/// <remarks>
/// <see cref="ChainLock"/> keeps the chain one line while an entry is appended and saved. It is per
/// process, which suits the embedded SQLite database (one writer); several hosts on one server
/// database would take a database lock instead.
/// </remarks>
internal static class AuditTrail
{
    public static readonly SemaphoreSlim ChainLock = new(1, 1);

    // Readable JSON (names in any script as they are); it is only ever shown as text, never run.
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static List<EntityEntry> Changes(DbContext db)
    {
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changes.Any(e => e.State == EntityState.Deleted))
        {
            throw new InvalidOperationException("Nothing is hard-deleted in Planner: mark it deleted instead.");
        }
        return changes;
    }

    public static IQueryable<ChainHead> Head(DbContext db) =>
        db.Set<AuditEntry>().OrderByDescending(a => a.Sequence).Select(a => new ChainHead(a.Sequence, a.Hash));

    public static List<AuditEntry> Append(DbContext db, List<EntityEntry> changes, ChainHead? head, IAuditActor actor, DateTimeOffset now)
    {
        // Whole milliseconds: the stored form keeps no finer time, and the hash must match on reading.
        now = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? AuditHash.Genesis;
        var entries = new List<AuditEntry>();
        foreach (var change in changes)
        {
            var tileId = IdOf(change, "TileId", "Tile");
            var reviewId = IdOf(change, "ReviewId", "CountryReview") ?? ReviewOfTile(db, tileId);
            var entry = new AuditEntry(++sequence, now, actor.UserId, actor.Name, reviewId,
                tileId, change.State == EntityState.Added ? "added" : "modified",
                change.Metadata.ClrType.Name, KeyOf(change), Before(change), After(change), previous);
            previous = entry.Hash;
            entries.Add(entry);
        }
        db.Set<AuditEntry>().AddRange(entries);
        return entries;
    }

    public static void Forget(DbContext db, List<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
    }

    /// <summary>Comments, answer versions and activity belong to a review through their tile.</summary>
    private static Guid? ReviewOfTile(DbContext db, Guid? tileId) =>
        tileId is { } id ? db.Set<Tile>().Find(id)?.ReviewId : null;

    private static Guid? IdOf(EntityEntry change, string foreignKey, string ownType)
    {
        if (change.Metadata.ClrType.Name == ownType && change.Metadata.FindProperty("Id") is not null)
        {
            return change.Property("Id").CurrentValue as Guid?;
        }
        return change.Metadata.FindProperty(foreignKey) is null ? null : change.Property(foreignKey).CurrentValue as Guid?;
    }

    private static string KeyOf(EntityEntry change) =>
        string.Join(",", change.Metadata.FindPrimaryKey()?.Properties.Select(p => change.Property(p.Name).CurrentValue?.ToString()) ?? []);

    private static string Before(EntityEntry change) => change.State == EntityState.Added
        ? "{}"
        : JsonSerializer.Serialize(change.Properties.Where(p => p.IsModified).ToDictionary(p => p.Metadata.Name, p => p.OriginalValue), Json);

    private static string After(EntityEntry change) => JsonSerializer.Serialize(
        change.Properties.Where(p => change.State == EntityState.Added || p.IsModified).ToDictionary(p => p.Metadata.Name, p => p.CurrentValue), Json);

    internal sealed record ChainHead(long Sequence, string Hash);
}
