namespace Planner.Board.Tiles;

/// <summary>An agency expert named as responsible for a tile (G2), with the agency they belong to on the review.</summary>
public sealed record NamedExpert(Guid UserId, Guid AgencyId);
