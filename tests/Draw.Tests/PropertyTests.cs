using FsCheck.Xunit;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests;

public sealed class PropertyTests
{
    [Property(MaxTest = 60)]
    public void Solve_RandomInput_SuccessSatisfiesEveryRuleOrFailureNamesRule(int dataSeed, int drawSeed)
    {
        var input = RandomInputs.Build(dataSeed);
        var result = DrawSolver.Solve(input, Seeds.Of(drawSeed));
        if (result.Succeeded)
        {
            Assert.Empty(RuleChecker.Violations(result));
            Assert.Equal(2 * input.UnderReview.Count, result.Steps.Count);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Failure!.Rule));
            Assert.False(string.IsNullOrWhiteSpace(result.Failure.Suggestion));
        }
    }

    [Property(MaxTest = 40)]
    public void Solve_RandomInputExtraDrawMode_SuccessSatisfiesEveryRuleOrFailureNamesRule(int dataSeed, int drawSeed)
    {
        var input = RandomInputs.BuildUntoc(dataSeed);
        var result = DrawSolver.Solve(input, Seeds.Of(drawSeed));
        if (result.Succeeded)
        {
            Assert.Empty(RuleChecker.Violations(result));
            Assert.Empty(RuleChecker.ExtraSeatsNotExact(result));
            Assert.Equal((2 * input.UnderReview.Count) + result.Assignments.Sum(a => a.Extras.Count), result.Steps.Count);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Failure!.Rule));
            Assert.False(string.IsNullOrWhiteSpace(result.Failure.Suggestion));
        }
    }

    [Property(MaxTest = 30)]
    public void Redraw_RandomInputExtraDrawMode_StillSatisfiesEveryRuleAndKeepsOtherSeats(int dataSeed, int drawSeed, int pick)
    {
        var result = DrawSolver.Solve(RandomInputs.BuildUntoc(dataSeed), Seeds.Of(drawSeed));
        var seats = result.Assignments.SelectMany(a => a.Extras.Select(e => new Seat(a.Reviewed, SeatKind.Extra, e.Instrument))
            .Append(new Seat(a.Reviewed, SeatKind.Group)).Append(new Seat(a.Reviewed, SeatKind.Box))).ToList();
        if (!result.Succeeded || seats.Count == 0)
        {
            return;
        }
        var seat = seats[(int)((uint)pick % seats.Count)];
        var redrawn = DrawSolver.Redraw(result, seat, "reviewer withdrew", Seeds.Of(drawSeed + 1));
        if (redrawn.Succeeded)
        {
            Assert.Empty(RuleChecker.Violations(redrawn));
        }
        Assert.Equal(OtherSeats(result, seat), OtherSeats(redrawn, seat));
    }

    private static List<string> OtherSeats(DrawResult result, Seat except) =>
        [.. result.Assignments.SelectMany(a => new[] { new Seat(a.Reviewed, SeatKind.Group), new Seat(a.Reviewed, SeatKind.Box) }
            .Concat(a.Extras.Select(e => new Seat(a.Reviewed, SeatKind.Extra, e.Instrument)))
            .Where(s => s != except)
            .Select(s => $"{s}={a.ReviewerOf(s)}"))];

    [Property(MaxTest = 30)]
    public void Redraw_RandomInput_StillSatisfiesEveryRule(int dataSeed, int drawSeed, bool box)
    {
        var result = DrawSolver.Solve(RandomInputs.Build(dataSeed), Seeds.Of(drawSeed));
        if (!result.Succeeded || result.Assignments.Count == 0)
        {
            return;
        }
        var seat = new Seat(result.Assignments[0].Reviewed, box ? SeatKind.Box : SeatKind.Group);
        var redrawn = DrawSolver.Redraw(result, seat, "reviewer withdrew", Seeds.Of(drawSeed + 1));
        if (redrawn.Succeeded)
        {
            Assert.Empty(RuleChecker.Violations(redrawn));
        }
    }

    [Fact]
    public void Solve_ManySeededRandomInputs_AllSucceedingResultsSatisfyEveryRule()
    {
        var succeeded = 0;
        for (var i = 0; i < 40; i++)
        {
            var result = DrawSolver.Solve(RandomInputs.Build(i), Seeds.Of(i));
            if (result.Succeeded)
            {
                succeeded++;
                Assert.Empty(RuleChecker.Violations(result));
            }
        }
        Assert.True(succeeded > 20, $"only {succeeded} of 40 random inputs could be drawn");
    }
}
