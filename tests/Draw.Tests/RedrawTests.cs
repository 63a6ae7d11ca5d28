using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests;

public sealed class RedrawTests
{
    [Theory]
    [InlineData(SeatKind.Group)]
    [InlineData(SeatKind.Box)]
    public void Redraw_OneSeat_ChangesOnlyThatSeatAndRecordsReason(SeatKind kind)
    {
        var result = DrawSolver.Solve(new CycleBuilder(3).InputFor(0), Seeds.Of(3));
        var target = result.Assignments[5];
        var seat = new Seat(target.Reviewed, kind);

        var redrawn = DrawSolver.Redraw(result, seat, "the reviewer withdrew", Seeds.Of(99));

        Assert.True(redrawn.Succeeded);
        Assert.Empty(RuleChecker.Violations(redrawn));
        foreach (var (before, after) in result.Assignments.Zip(redrawn.Assignments))
        {
            Assert.Equal(before.Reviewed, after.Reviewed);
            Assert.Equal(before.GroupReviewer == after.GroupReviewer, !(after.Reviewed == seat.Reviewed && kind == SeatKind.Group));
            Assert.Equal(before.BoxReviewer == after.BoxReviewer, !(after.Reviewed == seat.Reviewed && kind == SeatKind.Box));
        }
        var record = Assert.Single(redrawn.Redraws);
        Assert.Equal(seat, record.Seat);
        Assert.Equal(target.ReviewerOf(kind), record.Previous);
        Assert.Equal("the reviewer withdrew", record.Reason);
    }

    [Fact]
    public void Redraw_SameSeatTwice_NeverReturnsAPreviousReviewer()
    {
        var result = DrawSolver.Solve(new CycleBuilder(4).InputFor(0), Seeds.Of(4));
        var seat = new Seat(result.Assignments[0].Reviewed, SeatKind.Box);

        var once = DrawSolver.Redraw(result, seat, "repeat asked by the State under review", Seeds.Of(5));
        var twice = DrawSolver.Redraw(once, seat, "second repeat", Seeds.Of(6));

        var reviewers = new[] { result, once, twice }.Select(r => r.For(seat.Reviewed).BoxReviewer).ToList();
        Assert.Equal(3, reviewers.Distinct().Count());
        Assert.Equal(2, twice.Redraws.Count);
    }

    [Fact]
    public void Redraw_ExtraSeat_ChangesOnlyThatSeatAndStaysPartyToTheInstrument()
    {
        var result = DrawSolver.Solve(UntocInputs.ScarceTip(5), Seeds.Of(5));
        var target = result.Assignments.First(a => a.Extras.Count > 0);
        var seat = new Seat(target.Reviewed, SeatKind.Extra, "TIP");

        var redrawn = DrawSolver.Redraw(result, seat, RedrawReason.ReviewerWithdrew, "the TIP expert withdrew", Seeds.Of(50));

        Assert.True(redrawn.Succeeded, redrawn.Failure?.Message);
        Assert.Empty(RuleChecker.Violations(redrawn));
        var after = redrawn.For(target.Reviewed);
        Assert.NotEqual(target.ReviewerOf(seat), after.ReviewerOf(seat));
        Assert.Equal(target with { Extras = [] }, after with { Extras = [] });
        Assert.Equal(result.Assignments.Where(a => a.Reviewed != target.Reviewed), redrawn.Assignments.Where(a => a.Reviewed != target.Reviewed));
        var record = Assert.Single(redrawn.Redraws);
        Assert.Equal(RedrawReason.ReviewerWithdrew, record.Kind);
    }

    [Theory]
    [InlineData(SeatKind.Group)]
    [InlineData(SeatKind.Box)]
    public void Redraw_MainSeatInExtraDrawMode_KeepsExtraSeatsAndNeedsNoNewOne(SeatKind kind)
    {
        var result = DrawSolver.Solve(UntocInputs.ScarceTip(5), Seeds.Of(5));
        // A State with no extra seat: both reviewers are party to TIP, so the new one must be too.
        var target = result.Assignments.FirstOrDefault(a => a.Extras.Count == 0) ?? result.Assignments[0];
        var seat = new Seat(target.Reviewed, kind);

        var redrawn = DrawSolver.Redraw(result, seat, "the reviewer withdrew", Seeds.Of(51));

        Assert.Empty(RuleChecker.Violations(redrawn));
        Assert.Equal(target.Extras, redrawn.For(target.Reviewed).Extras);
        Assert.Equal(result.Assignments.Where(a => a.Reviewed != target.Reviewed), redrawn.Assignments.Where(a => a.Reviewed != target.Reviewed));
    }
}
