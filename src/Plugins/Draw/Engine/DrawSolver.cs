using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Engine;

/// <summary>The drawing of lots (D2–D4, D7): solve a year's draw, redraw one seat. Pure and replayable.</summary>
public static class DrawSolver
{
    /// <summary>Draws a group and a box reviewer for every State under review (and, in the UNTOC
    /// extra-draw mode, the extra reviewers). Same input and seed, same result.</summary>
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

    /// <summary>Redraws one seat as a secretariat decision; see the overload with a <see cref="RedrawReason"/>.</summary>
    public static DrawResult Redraw(DrawResult result, Seat seat, string reason, byte[] seed) =>
        Redraw(result, seat, RedrawReason.SecretariatDecision, reason, seed);

    /// <summary>
    /// Redraws one seat (group, box or extra) against the rest of the result, which is left
    /// untouched; the previous reviewers of that seat are not drawn again. When the redraw is
    /// refused (<see cref="CheckRedraw"/>) or no candidate is left, the result comes back with its
    /// assignments unchanged and <see cref="DrawResult.Failure"/> set; such a result can still be
    /// redrawn, and a successful redraw clears the failure.
    /// </summary>
    public static DrawResult Redraw(DrawResult result, Seat seat, RedrawReason kind, string reason, byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(seat);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(seed);
        if (result.Assignments.Count == 0)
        {
            throw new InvalidOperationException("Only a successful draw can be redrawn.");
        }
        if (CheckRedraw(result, seat, kind) is { } refusal)
        {
            return result with { Failure = refusal };
        }
        var extraSeats = result.Assignments.SelectMany(a => a.Extras.Select(e => new Seat(a.Reviewed, SeatKind.Extra, e.Instrument))).ToList();
        var state = new DrawState(result.Input, !result.LegalSystemRelaxed, extraSeats);
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
                state.Assign(s, codes[result.For(state.Seats[s].Reviewed).ReviewerOf(state.Seats[s])]);
            }
        }
        var previous = result.For(seat.Reviewed).ReviewerOf(seat);
        var excluded = result.Redraws.Where(r => r.Seat == seat).Select(r => r.Previous).Append(previous).ToHashSet();
        var valid = state.ValidCandidates(index)
            .Where(c => !excluded.Contains(state.Candidates[c].Iso3))
            .Where(c => state.KeepsInstrumentsCovered(index, c))
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
        return result with
        {
            Assignments = [.. result.Assignments.Select(a => a.Reviewed == seat.Reviewed ? a.WithReviewer(seat, chosen) : a)],
            Redraws = [.. result.Redraws, new SeatRedraw(seat, previous, chosen, valid.Count, reason) { Kind = kind }],
            Failure = null,
        };
    }

    /// <summary>
    /// Whether the terms of reference allow this redraw: a State under review may ask for at most
    /// <see cref="DrawRules.RepeatRequestsPerReview"/> repeats of its review (any seat); other
    /// reasons are not limited. Null when allowed, else the refusal.
    /// </summary>
    public static DrawFailure? CheckRedraw(DrawResult result, Seat seat, RedrawReason kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(seat);
        if (kind != RedrawReason.RequestedByStateUnderReview)
        {
            return null;
        }
        var limit = result.Input.Rules.RepeatRequestsPerReview;
        var asked = result.Redraws.Count(r => r.Kind == RedrawReason.RequestedByStateUnderReview && r.Seat.Reviewed == seat.Reviewed);
        return asked < limit ? null : new DrawFailure(RuleNames.RepeatLimit, seat,
            $"{seat.Reviewed} has already asked for {asked} repeats; the terms of reference allow {limit} per review.",
            "record the redraw as a secretariat decision or a reviewer's withdrawal if that is what it is, or raise the limit");
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
        var random = new DrawRandom(seed, purpose);
        var search = new Backtracking(state, random);
        var steps = StartsFeasible(state) ? search.Run() : null;
        var seedHex = Convert.ToHexStringLower(seed);
        if (steps is null)
        {
            return new DrawResult { Input = input, SeedHex = seedHex, SearchNodes = search.Nodes, Failure = Diagnosis.Explain(state, search) };
        }
        var nodes = search.Nodes;
        var extraSeats = state.MissingInstrumentSeats();
        if (extraSeats.Count > 0)
        {
            // Second phase, on the same stream: the extra seats against the drawn group and box seats.
            var withExtras = new DrawState(input, legalSystemRule, extraSeats);
            for (var s = 0; s < state.MainSeatCount; s++)
            {
                withExtras.Assign(s, state.Assigned[s]);
            }
            var extraSearch = new Backtracking(withExtras, random);
            var extraSteps = StartsFeasible(withExtras) ? extraSearch.Run() : null;
            nodes += extraSearch.Nodes;
            if (extraSteps is null)
            {
                return new DrawResult { Input = input, SeedHex = seedHex, SearchNodes = nodes, Failure = Diagnosis.ExplainExtra(withExtras, extraSearch) };
            }
            state = withExtras;
            steps = [.. steps, .. extraSteps];
        }
        var assignments = state.Reviewed
            .Select((r, i) => new Assignment(r.Iso3,
                state.Candidates[state.Assigned[2 * i]].Iso3,
                state.Candidates[state.Assigned[(2 * i) + 1]].Iso3)
            {
                Extras = [.. Enumerable.Range(state.MainSeatCount, state.Seats.Length - state.MainSeatCount)
                    .Where(s => state.Seats[s].Reviewed == r.Iso3)
                    .Select(s => new ExtraReviewer(state.Seats[s].Instrument!, state.Candidates[state.Assigned[s]].Iso3))],
            })
            .ToList();
        return new DrawResult { Input = input, SeedHex = seedHex, Assignments = assignments, Steps = steps, SearchNodes = nodes };
    }

    /// <summary>Every open seat has a candidate and the look-ahead holds before anything is drawn.</summary>
    private static bool StartsFeasible(DrawState state) =>
        Enumerable.Range(0, state.Seats.Length).All(s => state.Assigned[s] >= 0 || state.StaticDomains[s].Length > 0)
        && (!state.Rules.LookAhead || state.CapacityShortfall() is null);
}
