using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests;

/// <summary>D4: repeats asked by the State under review are limited; withdrawals are not.</summary>
public sealed class RepeatTests
{
    private static readonly DrawResult Drawn = DrawSolver.Solve(new CycleBuilder(4).InputFor(0), Seeds.Of(4));
    private static readonly string Reviewed = Drawn.Assignments[0].Reviewed;

    [Fact]
    public void Redraw_ThirdRequestByStateUnderReview_IsRefusedAndKeepsAssignments()
    {
        var twice = Request(Request(Drawn, SeatKind.Box, 1), SeatKind.Group, 2);
        Assert.True(twice.Succeeded);

        var third = Request(twice, SeatKind.Box, 3);

        Assert.Equal(RuleNames.RepeatLimit, third.Failure!.Rule);
        Assert.Equal(twice.Assignments, third.Assignments);
        Assert.Equal(twice.Redraws, third.Redraws);
        Assert.NotNull(DrawSolver.CheckRedraw(twice, new Seat(Reviewed, SeatKind.Box), RedrawReason.RequestedByStateUnderReview));
    }

    [Fact]
    public void Redraw_ReviewerWithdrewAfterTwoRequests_IsNotCountedAndSucceeds()
    {
        var twice = Request(Request(Drawn, SeatKind.Box, 1), SeatKind.Box, 2);

        var withdrawn = DrawSolver.Redraw(twice, new Seat(Reviewed, SeatKind.Box), RedrawReason.ReviewerWithdrew, "the expert withdrew", Seeds.Of(3));

        Assert.True(withdrawn.Succeeded, withdrawn.Failure?.Message);
        Assert.Equal(RedrawReason.ReviewerWithdrew, withdrawn.Redraws[^1].Kind);
        Assert.Null(DrawSolver.CheckRedraw(twice, new Seat(Reviewed, SeatKind.Box), RedrawReason.ReviewerPostponed));
    }

    [Fact]
    public void Redraw_RequestsForAnotherState_CountSeparately()
    {
        var twice = Request(Request(Drawn, SeatKind.Box, 1), SeatKind.Box, 2);
        var other = new Seat(Drawn.Assignments[1].Reviewed, SeatKind.Box);

        Assert.Null(DrawSolver.CheckRedraw(twice, other, RedrawReason.RequestedByStateUnderReview));
    }

    [Fact]
    public void Redraw_LimitRaisedInRules_AllowsAThirdRequest()
    {
        var input = Drawn.Input with { Rules = Drawn.Input.Rules with { RepeatRequestsPerReview = 3 } };
        var drawn = DrawSolver.Solve(input, Seeds.Of(4));

        var third = Request(Request(Request(drawn, SeatKind.Box, 1), SeatKind.Box, 2), SeatKind.Group, 3);

        Assert.True(third.Succeeded, third.Failure?.Message);
        Assert.Equal(3, third.Redraws.Count);
    }

    [Fact]
    public void Redraw_StringOnlyOverload_RecordsSecretariatDecision()
    {
        var redrawn = DrawSolver.Redraw(Drawn, new Seat(Reviewed, SeatKind.Box), "IRG decision", Seeds.Of(1));

        Assert.Equal(RedrawReason.SecretariatDecision, Assert.Single(redrawn.Redraws).Kind);
    }

    [Fact]
    public void Redraw_AfterARefusal_CanStillRedrawAndClearsTheFailure()
    {
        var refused = Request(Request(Request(Drawn, SeatKind.Box, 1), SeatKind.Box, 2), SeatKind.Box, 3);
        Assert.False(refused.Succeeded);

        var decided = DrawSolver.Redraw(refused, new Seat(Reviewed, SeatKind.Box), RedrawReason.SecretariatDecision, "IRG decision", Seeds.Of(4));

        Assert.True(decided.Succeeded, decided.Failure?.Message);
        Assert.Equal(3, decided.Redraws.Count);
    }

    private static DrawResult Request(DrawResult result, SeatKind kind, int seed) =>
        DrawSolver.Redraw(result, new Seat(Reviewed, kind), RedrawReason.RequestedByStateUnderReview, "repeat asked by the State under review", Seeds.Of(seed));
}
