namespace Planner.Board.Tiles;

/// <summary>
/// Who answers a tile (S2, G2): one or more agencies, optionally named experts of those agencies,
/// and optionally a due date (null keeps the current one).
/// </summary>
public sealed record TileAssignment(IReadOnlyList<Guid> AgencyIds, IReadOnlyList<NamedExpert>? Experts = null, DateOnly? DueDate = null);
