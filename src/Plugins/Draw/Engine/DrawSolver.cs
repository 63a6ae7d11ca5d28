using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Engine;

/// <summary>The drawing of lots (D2–D4): solve a year's draw, redraw one seat. Pure and replayable.</summary>
public static class DrawSolver
{
    /// <summary>Draws a group and a box reviewer for every State under review. Same input and seed, same result.</summary>
    public static DrawResult Solve(DrawInput input, byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(seed);
        var withLegal = input.Rules.SimilarLegalSystemWherePossible;
        var attempt = Attempt(input, seed, withLegal, "draw");
        if (!attempt.Succeeded && withLegal)
        {
            // "Where possible": when the preference cannot be met, draw without it, and say so.
            var relaxed = Attempt(input, seed, false, "draw-without-legal-system");
            if (relaxed.Succeeded)
            {
                return relaxed with { LegalSystemRelaxed = true };
            }
        }
        return attempt;
    }

    /// <summary>Redraws one seat against the rest of the result, which is left untouched; the
    /// previous reviewers of that seat are not drawn again.</summary>
    public static DrawResult Redraw(DrawResult result, Seat seat, string reason, byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(seat);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(seed);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Only a successful draw can be redrawn.");
        }
        var state = new DrawState(result.Input, !result.LegalSystemRelaxed);
        var index = Array.IndexOf(state.Seats, seat);
        if (index < 0)
        {
            throw new ArgumentException($"{seat} is not a seat of this draw.", nameof(seat));
        }
        var codes = state.Candidates.Select((c, i) => (c.Iso3, i)).ToDictionary(p => p.Iso3, p => p.i);
        for (var s = 0; s < state.Seats.Length; s++)
        {
            if (s != index)
            {
                state.Assign(s, codes[result.For(state.Seats[s].Reviewed).ReviewerOf(state.Seats[s].Kind)]);
            }
        }
        var previous = result.For(seat.Reviewed).ReviewerOf(seat.Kind);
        var excluded = result.Redraws.Where(r => r.Seat == seat).Select(r => r.Previous).Append(previous).ToHashSet();
        var valid = state.ValidCandidates(index)
            .Where(c => !excluded.Contains(state.Candidates[c].Iso3))
            .Where(c => !state.Rules.LookAhead || KeepsLookAhead(state, index, c))
            .ToList();
        if (valid.Count == 0)
        {
            return result with
            {
                Failure = new DrawFailure(RuleNames.Combination, seat,
                    $"No other candidate for {seat} satisfies every rule against the rest of the draw.",
                    $"admit States with {result.Input.BoxAdmitBelow} reviews to the box"),
            };
        }
        var random = new DrawRandom(seed, $"redraw:{seat}:{result.Redraws.Count}");
        var chosen = state.Candidates[valid[random.NextInt(valid.Count)]].Iso3;
        var assignments = result.Assignments
            .Select(a => a.Reviewed != seat.Reviewed ? a
                : seat.Kind == SeatKind.Group ? a with { GroupReviewer = chosen } : a with { BoxReviewer = chosen })
            .ToList();
        return result with
        {
            Assignments = assignments,
            Redraws = [.. result.Redraws, new SeatRedraw(seat, previous, chosen, valid.Count, reason)],
        };
    }

    private static bool KeepsLookAhead(DrawState state, int seat, int candidate)
    {
        state.Assign(seat, candidate);
        var ok = state.CapacityShortfall() is null;
        state.Unassign(seat);
        return ok;
    }

    private static DrawResult Attempt(DrawInput input, byte[] seed, bool legalSystemRule, string purpose)
    {
        var state = new DrawState(input, legalSystemRule);
        var search = new Backtracking(state, new DrawRandom(seed, purpose));
        var startsFeasible = state.StaticDomains.All(d => d.Length > 0)
            && (!input.Rules.LookAhead || state.CapacityShortfall() is null);
        var steps = startsFeasible ? search.Run() : null;
        var seedHex = Convert.ToHexStringLower(seed);
        if (steps is null)
        {
            return new DrawResult { Input = input, SeedHex = seedHex, SearchNodes = search.Nodes, Failure = Diagnosis.Explain(state, search) };
        }
        var assignments = state.Reviewed
            .Select((r, i) => new Assignment(r.Iso3,
                state.Candidates[state.Assigned[2 * i]].Iso3,
                state.Candidates[state.Assigned[(2 * i) + 1]].Iso3))
            .ToList();
        return new DrawResult { Input = input, SeedHex = seedHex, Assignments = assignments, Steps = steps, SearchNodes = search.Nodes };
    }
}
