namespace Planner.Board.Queries;

/// <summary>An agency expert of the review, who may be named on a tile (G2).</summary>
public sealed record ExpertView(Guid UserId, string Name, Guid AgencyId);
