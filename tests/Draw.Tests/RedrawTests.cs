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
}
