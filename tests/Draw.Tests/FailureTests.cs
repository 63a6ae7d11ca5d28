using Planner.Board.States;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests;

public sealed class FailureTests
{
    private static readonly Candidate[] Others =
        [.. Enumerable.Range(0, 6).Select(i => new Candidate($"WE{(char)('A' + i)}", RegionalGroup.WesternEuropeanOthers, 0))];

    [Fact]
    public void Solve_GroupWithOnlyOneState_FailsNamingNoSelfReviewOnGroupSeat()
    {
        var input = new DrawInput
        {
            UnderReview = [new ReviewedState("EEA", RegionalGroup.EasternEuropean)],
            Pool = [new Candidate("EEA", RegionalGroup.EasternEuropean, 0), .. Others],
        };

        var result = DrawSolver.Solve(input, [1, 2, 3]);

        Assert.False(result.Succeeded);
        Assert.Equal(RuleNames.NoSelfReview, result.Failure!.Rule);
        Assert.Equal(new Seat("EEA", SeatKind.Group), result.Failure.Seat);
    }

    [Fact]
    public void Solve_BoxHoldsOnlyStatesAtTheCap_FailsNamingBoxAndSuggestsWidening()
    {
        var input = new DrawInput
        {
            UnderReview = [new ReviewedState("WEA", RegionalGroup.WesternEuropeanOthers)],
            Pool = [new Candidate("WEA", RegionalGroup.WesternEuropeanOthers, 0), new Candidate("WEB", RegionalGroup.WesternEuropeanOthers, 1),
                .. Enumerable.Range(0, 5).Select(i => new Candidate($"AF{(char)('A' + i)}", RegionalGroup.African, 2))],
            History = [new DrawnPair("WEA", "WEB")],
            Rules = new DrawRules { NoMutualReviews = false },
        };

        var result = DrawSolver.Solve(input, [7]);

        Assert.False(result.Succeeded);
        Assert.Equal(new Seat("WEA", SeatKind.Box), result.Failure!.Seat);
        Assert.Contains("admit States with 2 reviews to the box", result.Failure.Suggestion, StringComparison.Ordinal);

        var widened = DrawSolver.Solve(input with { BoxWidenings = [new BoxWidening(3, 3, "IRG decision")] }, [7]);
        Assert.True(widened.Succeeded);
        Assert.StartsWith("AF", widened.For("WEA").BoxReviewer, StringComparison.Ordinal);
    }

    [Fact]
    public void Solve_MutualPairLeavesNoGroupReviewer_FailsNamingNoMutualReviews()
    {
        var input = new DrawInput
        {
            UnderReview = [new ReviewedState("EEA", RegionalGroup.EasternEuropean)],
            Pool = [new Candidate("EEA", RegionalGroup.EasternEuropean, 0), new Candidate("EEB", RegionalGroup.EasternEuropean, 0), .. Others],
            History = [new DrawnPair("EEA", "EEB")],
        };

        var result = DrawSolver.Solve(input, [1]);

        Assert.Equal(RuleNames.NoMutualReviews, result.Failure!.Rule);
        Assert.Equal(new Seat("EEA", SeatKind.Group), result.Failure.Seat);
    }
}
