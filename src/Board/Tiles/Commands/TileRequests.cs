namespace Planner.Board.Tiles.Commands;

/// <summary>Move a tile to another column, based on the version the user saw.</summary>
public sealed record MoveTile(Guid TileId, Column Target, int ExpectedVersion);

/// <summary>Save a new version of a tile's answer (Markdown).</summary>
public sealed record SaveAnswer(Guid TileId, string Text, int ExpectedVersion);

/// <summary>
/// Set the agencies that answer a tile, and optionally the named experts (agency experts of those
/// agencies) and a due date. Null keeps what is there: the due date, and the named experts whose
/// agency stays assigned; so a caller that knows only agencies loses nothing.
/// </summary>
public sealed record AssignAgencies(Guid TileId, IReadOnlyList<Guid> AgencyIds, int ExpectedVersion)
{
    public IReadOnlyList<Guid>? ExpertIds { get; init; }

    public DateOnly? DueDate { get; init; }
}

/// <summary>Give a tile a group label (empty for none) and mark it as a priority or not (A1).</summary>
public sealed record ArrangeTile(Guid TileId, string? GroupLabel, bool Priority, int ExpectedVersion);

/// <summary>Move a tile one place up (towards the top of its column) or down.</summary>
public sealed record ReorderTile(Guid TileId, bool Up, int ExpectedVersion);

/// <summary>Add a comment to a tile.</summary>
public sealed record AddComment(Guid TileId, string Text);

/// <summary>Share a tile with stakeholders (true) or stop sharing it (false).</summary>
public sealed record ShareTile(Guid TileId, bool Shared, int ExpectedVersion);
