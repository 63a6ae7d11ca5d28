namespace Planner.Board.Tiles.Commands;

/// <summary>Move a tile to another column, based on the version the user saw.</summary>
public sealed record MoveTile(Guid TileId, Column Target, int ExpectedVersion);

/// <summary>Save a new version of a tile's answer (Markdown).</summary>
public sealed record SaveAnswer(Guid TileId, string Text, int ExpectedVersion);

/// <summary>Set the agencies that answer a tile.</summary>
public sealed record AssignAgencies(Guid TileId, IReadOnlyList<Guid> AgencyIds, int ExpectedVersion);

/// <summary>Add a comment to a tile.</summary>
public sealed record AddComment(Guid TileId, string Text);

/// <summary>Share a tile with stakeholders (true) or stop sharing it (false).</summary>
public sealed record ShareTile(Guid TileId, bool Shared, int ExpectedVersion);
