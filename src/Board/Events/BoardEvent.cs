using Planner.Board.Tiles;

namespace Planner.Board.Events;

/// <summary>Something that happened on a board. Every screen and plugin learns of changes through these.</summary>
public abstract record BoardEvent(Guid ReviewId, DateTimeOffset At)
{
    /// <summary>Who made the change, when a person did; notifications never go to them.</summary>
    public Guid? ByUserId { get; init; }
}

/// <summary>A change to one tile. <see cref="Version"/> is the tile's version after the change.</summary>
public abstract record TileEvent(Guid ReviewId, Guid TileId, int Version, string By, DateTimeOffset At)
    : BoardEvent(ReviewId, At)
{
    /// <summary>Whether the tile is shared with stakeholders, so the event may reach them.</summary>
    public bool SharedWithStakeholders { get; init; }
}

public sealed record TileMoved(Guid ReviewId, Guid TileId, int Version, Column From, Column To, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At);

public sealed record AnswerSaved(Guid ReviewId, Guid TileId, int Version, int AnswerNumber, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At);

public sealed record TileAssigned(Guid ReviewId, Guid TileId, int Version, IReadOnlyList<Guid> AgencyIds, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At)
{
    /// <summary>The agencies that were not assigned before this change: only their experts learn of it as news.</summary>
    public IReadOnlyList<Guid> AddedAgencyIds { get; init; } = [];

    /// <summary>The experts named on the tile now (G2).</summary>
    public IReadOnlyList<Guid> ExpertIds { get; init; } = [];

    /// <summary>The named experts who were not named before: each hears of it, once, even if their agency was already assigned.</summary>
    public IReadOnlyList<Guid> AddedExpertIds { get; init; } = [];

    /// <summary>The assignment sent the tile from Assign to Answer in the same change.</summary>
    public bool MovedToAnswer { get; init; }
}

/// <summary>A tile's group label, priority mark or place in its column changed (A1).</summary>
public sealed record TileArranged(Guid ReviewId, Guid TileId, int Version, string GroupLabel, bool Priority, double Position, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At);

public sealed record CommentAdded(Guid ReviewId, Guid TileId, int Version, Guid CommentId, string Text, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At);

/// <summary>Who is on a board now, sent whenever someone arrives or leaves.</summary>
public sealed record PresenceChanged(Guid ReviewId, IReadOnlyList<PresentUser> Users, DateTimeOffset At)
    : BoardEvent(ReviewId, At);

/// <summary>A person with the board open, and the tile they are editing, if any.</summary>
public sealed record PresentUser(Guid UserId, string DisplayName, Guid? EditingTileId);

public sealed record TileShared(Guid ReviewId, Guid TileId, int Version, bool Shared, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At);

/// <summary>
/// A document was added to a tile, removed or restored. Documents do not change the tile, so
/// <see cref="TileEvent.Version"/> is the tile's current version, unchanged.
/// </summary>
public sealed record DocumentsChanged(Guid ReviewId, Guid TileId, int Version, Guid DocumentId, DocumentChange Change, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At);

/// <summary>An agency's contribution to a tile was saved. Contributions do not change the tile's version.</summary>
public sealed record ContributionSaved(Guid ReviewId, Guid TileId, int Version, Guid AgencyId, int ContributionVersion, bool Done, string By, DateTimeOffset At)
    : TileEvent(ReviewId, TileId, Version, By, At);

/// <summary>The checklist was submitted (<paramref name="Submitted"/>) or reopened.</summary>
public sealed record ChecklistStateChanged(Guid ReviewId, bool Submitted, int Submission, string By, DateTimeOffset At)
    : BoardEvent(ReviewId, At);

/// <summary>A review's deadline was set or adjusted; <see cref="Version"/> is the deadline's new version.</summary>
public sealed record DeadlineChanged(Guid ReviewId, Guid DeadlineId, int Version, string By, DateTimeOffset At)
    : BoardEvent(ReviewId, At);
