using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests.Builders;

/// <summary>Checks a result against every rule, independently of the solver.</summary>
internal static class RuleChecker
{
    public static IReadOnlyList<string> Violations(DrawResult result)
    {
        var input = result.Input;
        var rules = input.Rules;
        var extraMode = rules.InstrumentMode == InstrumentMode.ExtraDrawForMissing;
        var errors = new List<string>();
        var pool = input.Pool.ToDictionary(c => c.Iso3);
        var history = input.History.Select(p => (p.Reviewer, p.Reviewed)).ToHashSet();
        var now = result.Assignments.SelectMany(a => a.AllReviewers().Select(r => (r, a.Reviewed))).ToList();
        if (result.Assignments.Select(a => a.Reviewed).Order().SequenceEqual(input.UnderReview.Select(r => r.Iso3).Order()) is false)
        {
            errors.Add("not every State under review has an assignment");
        }
        foreach (var a in result.Assignments)
        {
            var reviewed = input.UnderReview.Single(r => r.Iso3 == a.Reviewed);
            if (pool[a.GroupReviewer].Group != reviewed.Group) { errors.Add($"{a.Reviewed}: group seat outside the group"); }
            if (pool[a.BoxReviewer].Performed >= input.BoxAdmitBelow) { errors.Add($"{a.Reviewed}: box seat not admitted to the box"); }
            if (a.AllReviewers().Distinct().Count() != a.AllReviewers().Count()) { errors.Add($"{a.Reviewed}: same reviewer twice"); }
            if (a.AllReviewers().Contains(a.Reviewed)) { errors.Add($"{a.Reviewed}: self-review"); }
            var required = rules.RequiredInstruments.GetValueOrDefault(a.Reviewed) ?? new HashSet<string>();
            bool PartyTo(string reviewer, string instrument) => pool[reviewer].Instruments?.Contains(instrument) == true;
            foreach (var instrument in required)
            {
                var mainParty = PartyTo(a.GroupReviewer, instrument) && PartyTo(a.BoxReviewer, instrument);
                var extra = a.Extras.Where(e => e.Instrument == instrument).ToList();
                if (!extraMode && !mainParty) { errors.Add($"{a.Reviewed}: a reviewer lacks {instrument}"); }
                if (extraMode && !mainParty && extra.Count == 0) { errors.Add($"{a.Reviewed}: no extra reviewer for {instrument}"); }
            }
            foreach (var e in a.Extras)
            {
                if (!extraMode || !required.Contains(e.Instrument)) { errors.Add($"{a.Reviewed}: extra seat for {e.Instrument} not called for"); }
                if (!PartyTo(e.Reviewer, e.Instrument)) { errors.Add($"{a.Reviewed}: extra reviewer {e.Reviewer} not party to {e.Instrument}"); }
            }
            if (a.Extras.Select(e => e.Instrument).Distinct().Count() != a.Extras.Count) { errors.Add($"{a.Reviewed}: two extra seats for one instrument"); }
            if (rules.SimilarLegalSystemWherePossible && !result.LegalSystemRelaxed && reviewed.LegalSystem is { } legal
                && pool.Values.Any(c => c.Iso3 != a.Reviewed && c.LegalSystem == legal)
                && pool[a.GroupReviewer].LegalSystem != legal && pool[a.BoxReviewer].LegalSystem != legal)
            {
                errors.Add($"{a.Reviewed}: no reviewer with a similar legal system");
            }
        }
        foreach (var reviewer in now.GroupBy(p => p.Item1))
        {
            // Box and extra seats both may reach the box's cap; group seats only the ordinary cap.
            var group = result.Assignments.Count(a => a.GroupReviewer == reviewer.Key);
            var other = reviewer.Count() - group;
            var performed = pool[reviewer.Key].Performed;
            if (performed + group > rules.ReviewCap || performed + group + other > (other > 0 ? input.BoxCap : rules.ReviewCap))
            {
                errors.Add($"{reviewer.Key}: over the cap");
            }
        }
        var all = history.Concat(now).ToList();
        if (rules.NoRepeatedPair && all.Count != all.Distinct().Count()) { errors.Add("a pair is repeated"); }
        var set = all.ToHashSet();
        if (rules.NoMutualReviews && all.Any(p => set.Contains((p.Item2, p.Item1)))) { errors.Add("a mutual review"); }
        return errors;
    }

    /// <summary>On a fresh draw (no redraws), extra seats are exactly the instruments a group or box reviewer lacks.</summary>
    public static IReadOnlyList<string> ExtraSeatsNotExact(DrawResult result)
    {
        var pool = result.Input.Pool.ToDictionary(c => c.Iso3);
        return [.. result.Assignments.SelectMany(a =>
        {
            var required = result.Input.Rules.RequiredInstruments.GetValueOrDefault(a.Reviewed) ?? new HashSet<string>();
            var missing = required.Where(i => new[] { a.GroupReviewer, a.BoxReviewer }.Any(r => pool[r].Instruments?.Contains(i) != true));
            return missing.Order().SequenceEqual(a.Extras.Select(e => e.Instrument).Order()) ? [] : new[] { $"{a.Reviewed}: extra seats differ from missing instruments" };
        })];
    }
}
