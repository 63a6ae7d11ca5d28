using Planner.Board.Convention;
using Planner.Board.States;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Queries;

/// <summary>A review's board: the review, the asking user's role and every tile.</summary>
public sealed record BoardView(
    Guid ReviewId,
    int CycleNumber,
    int Year,
    StateView StateUnderReview,
    StateView ReviewingStateFromGroup,
    StateView ReviewingStateFromBox,
    ReviewRole YourRole,
    IReadOnlyList<AgencyView> Agencies,
    IReadOnlyList<TileSummary> Tiles,
    IReadOnlyDictionary<Guid, IReadOnlyList<Column>> YourMoves)
{
    /// <summary>The review's agency experts, to name those responsible on the cards (empty for stakeholders).</summary>
    public IReadOnlyList<ExpertView> Experts { get; init; } = [];

    /// <summary>Whether the asking user may group, mark and order tiles (A1).</summary>
    public bool YouMayArrange { get; init; }
}

/// <summary>A review in the list of boards.</summary>
public sealed record BoardSummary(Guid ReviewId, int CycleNumber, int Year, StateView StateUnderReview, ReviewRole YourRole, int TileCount);

public sealed record StateView(string Iso3, LocalizedText Name, RegionalGroup Group);
