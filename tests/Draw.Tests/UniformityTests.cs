using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;

namespace Planner.Draw.Tests;

public sealed class UniformityTests
{
    [Fact]
    public void Solve_ManySeeds_FirstChoiceIsUniformAmongValidCandidates()
    {
        var input = RandomInputs.SmallYear();
        const int draws = 3000;
        var counts = new Dictionary<string, int>();
        var firstSeat = DrawSolver.Solve(input, Seeds.Of(0)).Steps[0];
        for (var i = 0; i < draws; i++)
        {
            var step = DrawSolver.Solve(input, Seeds.Of(i)).Steps[0];
            Assert.Equal(firstSeat.Seat, step.Seat);
            Assert.Equal(firstSeat.Candidates, step.Candidates);
            Assert.Empty(step.Abandoned);
            counts[step.Chosen] = counts.GetValueOrDefault(step.Chosen) + 1;
        }
        var k = firstSeat.Candidates;
        var expected = (double)draws / k;
        var chiSquare = counts.Values.Sum(o => (o - expected) * (o - expected) / expected)
            + ((k - counts.Count) * expected);
        // Wilson–Hilferty: (X/df)^(1/3) is close to normal; p > 0.001 means z < 3.09.
        var df = k - 1;
        var z = (Math.Cbrt(chiSquare / df) - (1 - (2.0 / (9 * df)))) / Math.Sqrt(2.0 / (9 * df));
        Assert.True(z < 3.09, $"chi-square {chiSquare:F1} on {df} degrees of freedom (z = {z:F2}) rejects uniformity");
    }
}
