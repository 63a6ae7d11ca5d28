using Planner.Board.States;
using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Engine;

/// <summary>Explains a failed draw: the rule that blocks it, the seat, and a widening that would help.</summary>
internal static class Diagnosis
{
    public static DrawFailure Explain(DrawState state, Backtracking search)
    {
        var input = state.Input;
        var boxHelp = $"admit States with {input.BoxAdmitBelow} reviews to the box (raise the cap to {input.BoxCap + 1} for the box)";
        for (var s = 0; s < state.Seats.Length; s++)
        {
            if (state.StaticDomains[s].Length > 0)
            {
                continue;
            }
            var seat = state.Seats[s];
            var rule = BlockingRule(state, s);
            var help = rule switch
            {
                RuleNames.BoxAdmission or RuleNames.ReviewCap when seat.Kind == SeatKind.Box => boxHelp,
                RuleNames.ReviewCap => $"raise the cap to {input.Rules.ReviewCap + 1} for group seats of {state.ReviewedOf(s).Group}",
                RuleNames.RequiredInstruments => "an extra draw among parties to the instruments, or fewer required instruments",
                _ => $"no widening of the box helps this {seat.Kind} seat; change the pool or the rule",
            };
            return new DrawFailure(rule, seat, $"No candidate is left for {seat} once {rule} applies.", help);
        }
        if (search.Aborted)
        {
            return new DrawFailure(RuleNames.SearchLimit, null,
                $"The search stopped after {input.Rules.MaxSearchNodes} nodes without a result.", boxHelp);
        }
        // The look-ahead also holds at the start: a shortfall there means this year alone is short.
        if (state.CapacityShortfall() is { } group)
        {
            var seat = group == RegionalGroup.None
                ? state.Seats.FirstOrDefault(s => s.Kind == SeatKind.Box)
                : state.Seats.FirstOrDefault(s => s.Kind == SeatKind.Group && state.Reviewed.First(r => r.Iso3 == s.Reviewed).Group == group);
            var help = group == RegionalGroup.None
                ? boxHelp
                : $"raise the cap to {input.Rules.ReviewCap + 1} for group seats of {group}";
            var message = group == RegionalGroup.None
                ? "All States together have less capacity left than the open seats of this and later years."
                : $"The {group} group has less capacity left than its open group seats of this and later years.";
            return new DrawFailure(input.LaterYears.Count > 0 ? RuleNames.LookAhead : RuleNames.ReviewCap, seat, message, help);
        }
        var hardest = search.HardestSeat is { } h ? state.Seats[h] : null;
        var pairRule = state.Rules.NoMutualReviews ? RuleNames.NoMutualReviews : RuleNames.ReviewCap;
        return new DrawFailure(RuleNames.Combination, hardest,
            $"No assignment satisfies every rule together; {hardest} ran out of candidates most often ({pairRule} with the cap).",
            boxHelp);
    }

    /// <summary>
    /// Explains a failed second phase of the UNTOC extra-draw mode: the extra seat that could not
    /// be filled, naming its instrument. Backtracking does not reach back into the group and box
    /// seats, so the help is a wider pool for that instrument.
    /// </summary>
    public static DrawFailure ExplainExtra(DrawState state, Backtracking search)
    {
        var input = state.Input;
        var extras = Enumerable.Range(state.MainSeatCount, state.Seats.Length - state.MainSeatCount).ToList();
        var empty = extras.Where(s => state.StaticDomains[s].Length == 0).Cast<int?>().FirstOrDefault();
        var index = empty ?? search.HardestSeat ?? extras[0];
        var seat = state.Seats[index];
        var rule = empty is { } e ? BlockingRule(state, e)
            : search.Aborted ? RuleNames.SearchLimit
            : state.Rules.LookAhead && state.CapacityShortfall() is not null ? RuleNames.LookAhead
            : RuleNames.Combination;
        return new DrawFailure(rule, seat,
            $"No State party to {seat.Instrument} can take the extra seat of {seat.Reviewed} ({rule}).",
            $"admit States with {input.BoxAdmitBelow} reviews to the box (raise the cap to {input.BoxCap + 1} for the box), "
            + $"add parties to {seat.Instrument} to the pool, or stop reviewing {seat.Reviewed} on {seat.Instrument}");
    }

    /// <summary>The rule that removed the last candidate of a seat, checking rules in a fixed order.</summary>
    private static string BlockingRule(DrawState state, int seat)
    {
        if (state.Candidates.Length == 0)
        {
            return state.Seats[seat].Kind == SeatKind.Group ? RuleNames.RegionalGroup : RuleNames.BoxAdmission;
        }
        // The candidate that survives longest names the rule that finally excluded it.
        string[] order = [RuleNames.RegionalGroup, RuleNames.BoxAdmission, RuleNames.NoSelfReview, RuleNames.ReviewCap,
            RuleNames.NoRepeatedPair, RuleNames.NoMutualReviews, RuleNames.RequiredInstruments];
        return Enumerable.Range(0, state.Candidates.Length)
            .Select(c => state.StaticBlock(seat, c)!)
            .MaxBy(rule => Array.IndexOf(order, rule))!;
    }
}
