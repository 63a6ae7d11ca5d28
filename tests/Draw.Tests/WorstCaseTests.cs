using System.Diagnostics;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Xunit.Abstractions;

namespace Planner.Draw.Tests;

/// <summary>The worst search the random inputs of the property tests cause, for the README's figures.</summary>
public sealed class WorstCaseTests(ITestOutputHelper output)
{
    [Fact]
    public void Solve_ManySeededRandomInputsBothInstrumentModes_NeverHitsTheSearchLimit()
    {
        var worstNodes = (Nodes: 0, Case: "");
        var worstTime = (Ms: 0.0, Case: "");
        var extraDrawSucceeded = 0;
        for (var i = 0; i < 100; i++)
        {
            foreach (var (mode, input) in new[] { ("every reviewer", RandomInputs.Build(i)), ("extra draw", RandomInputs.BuildUntoc(i)) })
            {
                var clock = Stopwatch.StartNew();
                var result = DrawSolver.Solve(input, Seeds.Of(i));
                var ms = clock.Elapsed.TotalMilliseconds;
                var name = $"data seed {i}, {mode}, {input.UnderReview.Count} States, {result.Steps.Count} seats";
                Assert.NotEqual(RuleNames.SearchLimit, result.Failure?.Rule);
                worstNodes = result.SearchNodes > worstNodes.Nodes ? (result.SearchNodes, name) : worstNodes;
                worstTime = ms > worstTime.Ms ? (ms, name) : worstTime;
                extraDrawSucceeded += mode == "extra draw" && result.Succeeded ? 1 : 0;
            }
        }
        output.WriteLine($"worst search: {worstNodes.Nodes} nodes ({worstNodes.Case})");
        output.WriteLine($"slowest draw: {worstTime.Ms:F1} ms ({worstTime.Case})");
        output.WriteLine($"extra-draw mode succeeded on {extraDrawSucceeded} of 100 inputs");
        Assert.True(extraDrawSucceeded > 50, $"only {extraDrawSucceeded} of 100 extra-draw inputs could be drawn");
    }
}
