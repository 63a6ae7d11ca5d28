using Planner.Board.States;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Xunit.Abstractions;

namespace Planner.Draw.Tests;

public sealed class CycleTests(ITestOutputHelper output)
{
    [Fact]
    public void Solve_FourYearsWithCapTwoAndLookAhead_NeverDeadEnds()
    {
        const int cycles = 16;
        var failures = new List<string>();
        var worst = 0;
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            var builder = new CycleBuilder(cycle);
            var results = new List<DrawResult>();
            var failedYear = builder.DrawAll(cycle, results);
            if (failedYear >= 0)
            {
                failures.Add($"cycle {cycle} year {failedYear + 1}: {results[^1].Failure}");
            }
            failures.AddRange(results.Where(r => r.Succeeded).SelectMany(RuleChecker.Violations));
            worst = Math.Max(worst, results.Max(r => r.SearchNodes));
        }
        output.WriteLine($"worst yearly draw: {worst} search nodes (96 seats a year)");
        Assert.Empty(failures);
    }

    [Fact]
    public void Solve_FullRulesCycleWithExtraDrawAndCapThree_EveryYearSucceeds()
    {
        for (var year = 0; year < 4; year++)
        {
            var input = FullRulesCycle.InputFor(1, year, reviewCap: 3);
            var result = DrawSolver.Solve(input, Seeds.Of(10 + year));
            output.WriteLine($"year {year + 1}: {result.Steps.Count} seats, {result.SearchNodes} search nodes, legal system relaxed: {result.LegalSystemRelaxed}");
            Assert.True(result.Succeeded, result.Failure?.ToString());
            Assert.Empty(RuleChecker.Violations(result));
            Assert.Empty(RuleChecker.ExtraSeatsNotExact(result));
        }
    }

    /// <summary>Extra seats count against the cap. With cap 2 a four-year cycle has 2 × 193 = 386
    /// reviews for 384 group and box seats, so the look-ahead refuses extra seats from year 1.</summary>
    [Fact]
    public void Solve_FullRulesCycleWithExtraDrawAndCapTwo_FailsOnLookAheadNamingAnExtraSeat()
    {
        var result = DrawSolver.Solve(FullRulesCycle.InputFor(1, 0, reviewCap: 2), Seeds.Of(10));

        Assert.Equal(RuleNames.LookAhead, result.Failure!.Rule);
        Assert.Equal(SeatKind.Extra, result.Failure.Seat!.Kind);
    }

    [Fact]
    public void Solve_BoxCouldDrainSmallGroup_LookAheadKeepsLaterYearSatisfiable()
    {
        var withLookAhead = 0;
        var without = 0;
        for (var seed = 0; seed < 30; seed++)
        {
            withLookAhead += DrawTwoYears(seed, lookAhead: true) ? 0 : 1;
            without += DrawTwoYears(seed, lookAhead: false) ? 0 : 1;
        }
        output.WriteLine($"year 2 dead-ended in {without} of 30 without look-ahead, {withLookAhead} with it");
        Assert.Equal(0, withLookAhead);
        Assert.True(without > 0);
    }

    /// <summary>A small group (3 States, one review left each) must keep its capacity for its own
    /// group seats in year 2; year 1 reviews only the large group, whose box seats could drain it.</summary>
    private static bool DrawTwoYears(int seed, bool lookAhead)
    {
        var small = new[] { "AAA", "AAB", "AAC" };
        var large = Enumerable.Range(0, 12).Select(i => $"BB{(char)('A' + i)}").ToArray();
        var performed = small.ToDictionary(s => s, _ => 1);
        foreach (var b in large)
        {
            performed[b] = 0;
        }
        var year1 = large.Take(3).Select(b => new ReviewedState(b, RegionalGroup.WesternEuropeanOthers)).ToList();
        var year2 = small.Select(a => new ReviewedState(a, RegionalGroup.EasternEuropean))
            .Concat(large.Skip(3).Take(3).Select(b => new ReviewedState(b, RegionalGroup.WesternEuropeanOthers))).ToList();
        IReadOnlyList<Candidate> Pool() => [.. small.Select(a => new Candidate(a, RegionalGroup.EasternEuropean, performed[a])),
            .. large.Select(b => new Candidate(b, RegionalGroup.WesternEuropeanOthers, performed[b]))];
        var rules = new DrawRules { LookAhead = lookAhead };
        var first = DrawSolver.Solve(new DrawInput { UnderReview = year1, Pool = Pool(), Rules = rules, LaterYears = year2 }, Seeds.Of(seed));
        Assert.True(first.Succeeded);
        Assert.Empty(RuleChecker.Violations(first));
        foreach (var a in first.Assignments)
        {
            performed[a.GroupReviewer]++;
            performed[a.BoxReviewer]++;
        }
        var history = first.Assignments.SelectMany(a => new[] { new DrawnPair(a.GroupReviewer, a.Reviewed), new DrawnPair(a.BoxReviewer, a.Reviewed) }).ToList();
        var second = DrawSolver.Solve(new DrawInput { UnderReview = year2, Pool = Pool(), History = history, Rules = rules }, Seeds.Of(1000 + seed));
        return second.Succeeded;
    }
}
