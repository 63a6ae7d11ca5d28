using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Documents;

/// <summary>
/// A document (law, case, statistics) attached to a tile. The content lives encrypted in the
/// document store under <see cref="StoredName"/>; this row holds what is shown and who did what.
/// Documents are never removed: deleting marks them, and the secretariat can restore them.
/// </summary>
public sealed class TileDocument
{
    private TileDocument()
    {
    }

    internal TileDocument(Guid tileId, Guid reviewId, string fileName, DocumentType type, long size, Actor uploadedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Id = Guid.NewGuid();
        TileId = tileId;
        ReviewId = reviewId;
        FileName = fileName;
        Type = type;
        ContentType = type.ContentType();
        Size = size;
        // Random, and nothing of the user's name: the name on disk can never point anywhere else.
        StoredName = Guid.NewGuid().ToString("N") + ".bin";
        UploadedById = uploadedBy.UserId;
        UploadedByName = uploadedBy.DisplayName;
        UploadedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TileId { get; private set; }

    public Guid ReviewId { get; private set; }

    /// <summary>The sanitised display name, with the extension of the detected type.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The type found in the file's bytes.</summary>
    public DocumentType Type { get; private set; }

    public string ContentType { get; private set; } = "";

    /// <summary>Bytes of the original (unencrypted) content.</summary>
    public long Size { get; private set; }

    /// <summary>The file's name in the document store: 32 hex digits and ".bin".</summary>
    public string StoredName { get; private set; } = "";

    public Guid UploadedById { get; private set; }

    public string UploadedByName { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public Guid? DeletedById { get; private set; }

    public string? DeletedByName { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public WorkflowDecision MarkDeleted(Actor actor, Tile tile, DateTimeOffset now)
    {
        var decision = DocumentRules.CanDelete(actor, tile, this);
        if (decision.IsAllowed)
        {
            DeletedAt = now;
            DeletedById = actor.UserId;
            DeletedByName = actor.DisplayName;
        }
        return decision;
    }

    public WorkflowDecision Restore(Actor actor)
    {
        var decision = DocumentRules.CanRestore(actor, this);
        if (decision.IsAllowed)
        {
            DeletedAt = null;
            DeletedById = null;
            DeletedByName = null;
        }
        return decision;
    }
}
