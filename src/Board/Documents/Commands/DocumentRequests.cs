namespace Planner.Board.Documents.Commands;

/// <summary>Add a document to a tile. <paramref name="FileName"/> is the name the client sent; it is sanitised.</summary>
public sealed record UploadDocument(Guid TileId, string? FileName, Stream Content);

/// <summary>Remove a document from a tile (it stays recoverable by the secretariat).</summary>
public sealed record DeleteDocument(Guid DocumentId);

/// <summary>Bring a removed document back (secretariat).</summary>
public sealed record RestoreDocument(Guid DocumentId);
