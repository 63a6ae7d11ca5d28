namespace Planner.Board.Audit;

/// <summary>
/// One change to anything, in an append-only, hash-chained log: each entry's hash covers its own
/// content and the previous entry's hash, so changing, deleting or reordering any row breaks the
/// chain at that row.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    internal AuditEntry(long sequence, DateTimeOffset at, Guid? actorId, string actorName, Guid? reviewId, Guid? tileId,
        string action, string entity, string entityKey, string before, string after, string previousHash)
    {
        Sequence = sequence;
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        ReviewId = reviewId;
        TileId = tileId;
        Action = action;
        Entity = entity;
        EntityKey = entityKey;
        Before = before;
        After = after;
        PreviousHash = previousHash;
        Hash = AuditHash.Of(this);
    }

    /// <summary>1, 2, 3… with no gaps: a missing number means a deleted row.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    public Guid? ReviewId { get; private set; }

    public Guid? TileId { get; private set; }

    /// <summary>"added", "modified" or "deleted".</summary>
    public string Action { get; private set; } = "";

    /// <summary>The kind of thing changed, e.g. "Tile" or "Comment".</summary>
    public string Entity { get; private set; } = "";

    public string EntityKey { get; private set; } = "";

    /// <summary>The changed values before, as JSON ("{}" for an addition).</summary>
    public string Before { get; private set; } = "";

    /// <summary>The changed values after, as JSON.</summary>
    public string After { get; private set; } = "";

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";
}
