using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Schedule;

/// <summary>What a year of the next phase needs: the assignments kept, the States to draw for
/// (with the later years' States for the look-ahead), and kept seats whose reviewer has left the pool.</summary>
public sealed record NextPhasePlan
{
    public IReadOnlyList<Assignment> Kept { get; init; } = [];

    /// <summary>The States whose reviewers must be drawn now: the <see cref="DrawInput.UnderReview"/> of the draw.</summary>
    public IReadOnlyList<ReviewedState> ToDraw { get; init; } = [];

    /// <summary>States of later years still to be drawn: the <see cref="DrawInput.LaterYears"/> of the draw.</summary>
    public IReadOnlyList<ReviewedState> LaterYears { get; init; } = [];

    /// <summary>Seats of kept assignments whose reviewer is no longer in the pool (e.g. ceased to be a party): redraw them.</summary>
    public IReadOnlyList<Seat> SeatsToRedraw { get; init; } = [];
}
