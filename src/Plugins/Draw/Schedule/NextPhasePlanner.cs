using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Schedule;

/// <summary>Which reviewers a year of the next phase keeps and which it draws (D5).</summary>
public static class NextPhasePlanner
{
    /// <summary>
    /// Plans year <paramref name="year"/> (1-based) of the schedule under the policy.
    /// <paramref name="states"/>: every State of the cycle as the draw sees it (group, legal system).
    /// <paramref name="previousAssignments"/>: what may be kept; for <see cref="NextPhasePolicy.KeepPrevious"/>
    /// the previous phase's assignments, for <see cref="NextPhasePolicy.NewDrawForCycle"/> the
    /// assignments drawn at the start of this cycle; ignored for <see cref="NextPhasePolicy.NewDrawEachYear"/>.
    /// <paramref name="pool"/>: the reviewing States now; a kept reviewer outside it must be redrawn.
    /// </summary>
    public static NextPhasePlan Plan(NextPhasePolicy policy, CycleSchedule schedule, int year,
        IReadOnlyList<ReviewedState> states, IReadOnlyList<Assignment> previousAssignments, IReadOnlyList<Candidate> pool)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(previousAssignments);
        ArgumentNullException.ThrowIfNull(pool);
        var byIso = states.ToDictionary(s => s.Iso3, StringComparer.Ordinal);
        IReadOnlyList<ReviewedState> Resolve(IEnumerable<string> codes) =>
            [.. codes.Select(c => byIso.TryGetValue(c, out var s) ? s : throw new ArgumentException($"{c} is scheduled but not among the States given.", nameof(states)))];
        var thisYear = Resolve(schedule.StatesIn(year));
        var later = Resolve(schedule.LaterYearsThan(year));
        switch (policy)
        {
            case NextPhasePolicy.NewDrawEachYear:
                return new NextPhasePlan { ToDraw = thisYear, LaterYears = later };
            case NextPhasePolicy.NewDrawForCycle when year == 1:
                // Every year at once: the look-ahead has nothing left to protect.
                return new NextPhasePlan { ToDraw = [.. thisYear, .. later] };
            case NextPhasePolicy.KeepPrevious:
            case NextPhasePolicy.NewDrawForCycle:
            default:
                return Keep(thisYear, later, previousAssignments, pool);
        }
    }

    /// <summary>Keep every existing assignment of this year's States; draw for the rest (late
    /// joiners, new parties). Later States that keep theirs need no capacity in the look-ahead.</summary>
    private static NextPhasePlan Keep(IReadOnlyList<ReviewedState> thisYear, IReadOnlyList<ReviewedState> later,
        IReadOnlyList<Assignment> previousAssignments, IReadOnlyList<Candidate> pool)
    {
        var previous = previousAssignments.ToDictionary(a => a.Reviewed, StringComparer.Ordinal);
        var inPool = pool.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var kept = thisYear.Where(s => previous.ContainsKey(s.Iso3)).Select(s => previous[s.Iso3]).ToList();
        return new NextPhasePlan
        {
            Kept = kept,
            ToDraw = [.. thisYear.Where(s => !previous.ContainsKey(s.Iso3))],
            LaterYears = [.. later.Where(s => !previous.ContainsKey(s.Iso3))],
            SeatsToRedraw = [.. kept.SelectMany(SeatsOf).Where(p => !inPool.Contains(p.Reviewer)).Select(p => p.Seat)],
        };
    }

    private static IEnumerable<(Seat Seat, string Reviewer)> SeatsOf(Assignment a) =>
    [
        (new Seat(a.Reviewed, SeatKind.Group), a.GroupReviewer),
        (new Seat(a.Reviewed, SeatKind.Box), a.BoxReviewer),
        .. a.Extras.Select(e => (new Seat(a.Reviewed, SeatKind.Extra, e.Instrument), e.Reviewer)),
    ];
}
