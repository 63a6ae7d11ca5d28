using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests.Builders;

/// <summary>Checks a result against every rule, independently of the solver.</summary>
internal static class RuleChecker
{
    public static IReadOnlyList<string> Violations(DrawResult result)
    {
        var input = result.Input;
        var rules = input.Rules;
        var errors = new List<string>();
        var pool = input.Pool.ToDictionary(c => c.Iso3);
        var history = input.History.Select(p => (p.Reviewer, p.Reviewed)).ToHashSet();
        var now = result.Assignments.SelectMany(a => new[] { (a.GroupReviewer, a.Reviewed), (a.BoxReviewer, a.Reviewed) }).ToList();
        if (result.Assignments.Select(a => a.Reviewed).Order().SequenceEqual(input.UnderReview.Select(r => r.Iso3).Order()) is false)
        {
            errors.Add("not every State under review has an assignment");
        }
        foreach (var a in result.Assignments)
        {
            var reviewed = input.UnderReview.Single(r => r.Iso3 == a.Reviewed);
            if (pool[a.GroupReviewer].Group != reviewed.Group) { errors.Add($"{a.Reviewed}: group seat outside the group"); }
            if (pool[a.BoxReviewer].Performed >= input.BoxAdmitBelow) { errors.Add($"{a.Reviewed}: box seat not admitted to the box"); }
            if (a.GroupReviewer == a.BoxReviewer) { errors.Add($"{a.Reviewed}: same reviewer twice"); }
            if (a.GroupReviewer == a.Reviewed || a.BoxReviewer == a.Reviewed) { errors.Add($"{a.Reviewed}: self-review"); }
            if (rules.RequiredInstruments.TryGetValue(a.Reviewed, out var required))
            {
                foreach (var r in new[] { a.GroupReviewer, a.BoxReviewer })
                {
                    if (!required.All(i => pool[r].Instruments?.Contains(i) == true)) { errors.Add($"{a.Reviewed}: {r} lacks an instrument"); }
                }
            }
            if (rules.SimilarLegalSystemWherePossible && !result.LegalSystemRelaxed && reviewed.LegalSystem is { } legal
                && pool.Values.Any(c => c.Iso3 != a.Reviewed && c.LegalSystem == legal)
                && pool[a.GroupReviewer].LegalSystem != legal && pool[a.BoxReviewer].LegalSystem != legal)
            {
                errors.Add($"{a.Reviewed}: no reviewer with a similar legal system");
            }
        }
        foreach (var reviewer in now.GroupBy(p => p.Item1))
        {
            var group = result.Assignments.Count(a => a.GroupReviewer == reviewer.Key);
            var box = result.Assignments.Count(a => a.BoxReviewer == reviewer.Key);
            var performed = pool[reviewer.Key].Performed;
            if (performed + group > rules.ReviewCap || performed + group + box > (box > 0 ? input.BoxCap : rules.ReviewCap))
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
}
