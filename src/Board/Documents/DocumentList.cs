namespace Planner.Board.Documents;

/// <summary>A tile's documents (removed ones only for the secretariat), and whether the user may add one.</summary>
public sealed record DocumentList(Guid TileId, int TileVersion, bool CanUpload, long MaxFileSize, IReadOnlyList<DocumentView> Documents);
