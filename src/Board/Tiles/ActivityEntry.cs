namespace Planner.Board.Tiles;

/// <summary>A line in a tile's activity: who did what, when.</summary>
public sealed class ActivityEntry
{
    private ActivityEntry()
    {
    }

    internal ActivityEntry(Guid tileId, ActivityKind kind, string actorName, DateTimeOffset at, string detail)
    {
        Id = Guid.NewGuid();
        TileId = tileId;
        Kind = kind;
        ActorName = actorName;
        At = at;
        Detail = detail;
    }

    public Guid Id { get; private set; }

    public Guid TileId { get; private set; }

    public ActivityKind Kind { get; private set; }

    public string ActorName { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    /// <summary>Machine-readable detail (e.g. "Assign>Answer" or the answer version number).</summary>
    public string Detail { get; private set; } = "";
}
