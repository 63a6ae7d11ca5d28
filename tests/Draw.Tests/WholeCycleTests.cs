using System.Diagnostics;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;

namespace Planner.Draw.Tests;

/// <summary>
/// D5 (b), "a new draw at the start of the cycle": every State of every year drawn at once. With
/// the UN's 193 States and a cap of 2 the capacity is exactly the number of seats, so every State
/// must end with two reviews: the tightest draw the plugin offers.
/// </summary>
public sealed class WholeCycleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Solve_WholeCycleAtOnce_EveryStateGetsTwoReviewersAndEveryRuleHolds(int seed)
    {
        var cycle = new CycleBuilder(seed);
        var input = cycle.InputFor(0) with { UnderReview = [.. cycle.Years.SelectMany(y => y)], LaterYears = [] };

        var clock = Stopwatch.StartNew();
        var result = DrawSolver.Solve(input, Seeds.Of(seed));
        clock.Stop();

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(input.UnderReview.Count, result.Assignments.Count);
        Assert.Empty(RuleChecker.Violations(result));
        Assert.True(result.SearchNodes < input.Rules.MaxSearchNodes, $"{result.SearchNodes} search nodes in {clock.ElapsedMilliseconds} ms");
    }
}
