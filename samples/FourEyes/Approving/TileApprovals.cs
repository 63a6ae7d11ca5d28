using Planner.Board.Tiles;

namespace Planner.Samples.FourEyes.Approving;

/// <summary>A tile's approvals as one user sees them.</summary>
/// <param name="ReviewId">The tile's review.</param>
/// <param name="Column">Where the tile is now.</param>
/// <param name="Required">How many different reviewers must approve.</param>
/// <param name="Approvals">Who approved, oldest first, one per reviewer.</param>
/// <param name="CanApprove">Whether this user may approve now: a reviewer, the tile in Review, not yet approved by them.</param>
internal sealed record TileApprovals(Guid ReviewId, Column Column, int Required, IReadOnlyList<Approval> Approvals, bool CanApprove);
