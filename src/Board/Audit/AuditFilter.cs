namespace Planner.Board.Audit;

/// <summary>What to show of a review's audit log. Empty fields do not filter.</summary>
public sealed record AuditFilter(Guid? TileId = null, string? Actor = null, string? Entity = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int Limit = 1000);
