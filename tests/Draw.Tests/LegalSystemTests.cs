using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests;

public sealed class LegalSystemTests
{
    [Fact]
    public void Solve_SimilarLegalSystemOn_EveryStateHasOneReviewerOfItsSystem()
    {
        var baseInput = new CycleBuilder(8).InputFor(0);
        string SystemOf(string iso3) => (iso3[0] % 3) switch { 0 => "common", 1 => "civil", _ => "mixed" };
        var input = baseInput with
        {
            UnderReview = [.. baseInput.UnderReview.Select(r => r with { LegalSystem = SystemOf(r.Iso3) })],
            Pool = [.. baseInput.Pool.Select(c => c with { LegalSystem = SystemOf(c.Iso3) })],
            Rules = new DrawRules { SimilarLegalSystemWherePossible = true },
        };

        var result = DrawSolver.Solve(input, Seeds.Of(8));

        Assert.True(result.Succeeded);
        Assert.False(result.LegalSystemRelaxed);
        Assert.Empty(RuleChecker.Violations(result));
        Assert.All(result.Assignments, a => Assert.Contains(SystemOf(a.Reviewed), new[] { SystemOf(a.GroupReviewer), SystemOf(a.BoxReviewer) }));
    }
}
