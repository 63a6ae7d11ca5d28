using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Schedule;

namespace Planner.Plugins.Draw.Api;

/// <summary>Redraw one seat of a run draw (D4): the State under review, which seat (and instrument for an extra seat), what happened, and why.</summary>
public sealed record RedrawRequest(string? Reviewed, SeatKind Kind, string? Reason)
{
    public RedrawReason ReasonKind { get; init; } = RedrawReason.SecretariatDecision;

    public string? Instrument { get; init; }
}

/// <summary>
/// Open a yearly draw from Planner's data (D2): the cycle and year; the States under review are
/// that year's in the cycle's schedule unless named; how the next phase's reviewers are chosen (D5).
/// </summary>
public sealed record OpenYearlyDrawRequest(int Cycle, int Year)
{
    public IReadOnlyList<string>? States { get; init; }

    public NextPhasePolicy Reviewers { get; init; } = NextPhasePolicy.NewDrawEachYear;

    public bool? SimilarLegalSystemWherePossible { get; init; }
}

/// <summary>Widen the box of a draw that could not be completed (D3), with the reason.</summary>
public sealed record WidenRequest(int AdmitPerformedBelow, int BoxCap, string? Reason);

/// <summary>Open the reviews (and their boards) of a draw's result; chapters default to the cycle's.</summary>
public sealed record OpenReviewsRequest(IReadOnlyList<int>? Chapters);

/// <summary>Open a cycle's schedule (D1): its number, first calendar year and policy.</summary>
public sealed record OpenScheduleRequest(int Cycle, int FirstYear, SchedulePolicy Policy);
