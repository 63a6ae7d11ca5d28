using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Documents;

/// <summary>A document as the asking user sees it, with what they may do to it.</summary>
public sealed record DocumentView(
    Guid Id,
    Guid TileId,
    string FileName,
    DocumentType Type,
    string ContentType,
    long Size,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    DateTimeOffset? DeletedAt,
    string? DeletedBy,
    bool CanDelete,
    bool CanRestore)
{
    public static DocumentView From(TileDocument document, Actor actor, Tile tile)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new DocumentView(document.Id, document.TileId, document.FileName, document.Type, document.ContentType,
            document.Size, document.UploadedByName, document.UploadedAt, document.DeletedAt, document.DeletedByName,
            DocumentRules.CanDelete(actor, tile, document).IsAllowed, DocumentRules.CanRestore(actor, document).IsAllowed);
    }
}
