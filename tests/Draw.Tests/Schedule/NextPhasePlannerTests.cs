using Planner.Board.States;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Schedule;

namespace Planner.Draw.Tests.Schedule;

public sealed class NextPhasePlannerTests
{
    // Year 1: AAA, BBB; year 2: CCC; year 3: DDD; year 5 (late joiners): EEE.
    private static readonly CycleSchedule Cycle = new()
    {
        Cycle = 3,
        Policy = SchedulePolicy.NewDraw,
        SeedHex = "00",
        Years = [new(1, ["AAA", "BBB"]), new(2, ["CCC"]), new(3, ["DDD"]), new(4, []), new(5, ["EEE"])],
    };

    private static readonly ReviewedState[] States =
        [.. new[] { "AAA", "BBB", "CCC", "DDD", "EEE" }.Select(s => new ReviewedState(s, RegionalGroup.African))];

    private static readonly Candidate[] Pool = [.. States.Select(s => new Candidate(s.Iso3, s.Group, 0))];

    private static readonly Assignment[] Previous =
    [
        new("AAA", "BBB", "CCC") { Extras = [new ExtraReviewer("TIP", "GONE")] },
        new("CCC", "AAA", "DDD"),
    ];

    [Fact]
    public void Plan_KeepPrevious_KeepsExistingAndDrawsOnlyStatesWithout()
    {
        var plan = NextPhasePlanner.Plan(NextPhasePolicy.KeepPrevious, Cycle, 1, States, Previous, Pool);

        Assert.Equal([Previous[0]], plan.Kept);
        Assert.Equal(["BBB"], plan.ToDraw.Select(s => s.Iso3));
        // CCC keeps its reviewers in year 2, so the look-ahead needs no capacity for it.
        Assert.Equal(["DDD", "EEE"], plan.LaterYears.Select(s => s.Iso3));
        Assert.Equal([new Seat("AAA", SeatKind.Extra, "TIP")], plan.SeatsToRedraw);
    }

    [Fact]
    public void Plan_KeepPreviousReviewerLeftPool_NamesItsSeatToRedraw()
    {
        var plan = NextPhasePlanner.Plan(NextPhasePolicy.KeepPrevious, Cycle, 2, States, Previous, [.. Pool.Where(c => c.Iso3 != "DDD")]);

        Assert.Equal([new Seat("CCC", SeatKind.Box)], plan.SeatsToRedraw);
        Assert.Empty(plan.ToDraw);
    }

    [Fact]
    public void Plan_NewDrawEachYear_DrawsThatYearWithLaterYearsForLookAhead()
    {
        var plan = NextPhasePlanner.Plan(NextPhasePolicy.NewDrawEachYear, Cycle, 2, States, Previous, Pool);

        Assert.Empty(plan.Kept);
        Assert.Equal(["CCC"], plan.ToDraw.Select(s => s.Iso3));
        Assert.Equal(["DDD", "EEE"], plan.LaterYears.Select(s => s.Iso3));
        Assert.Empty(plan.SeatsToRedraw);
    }

    [Fact]
    public void Plan_NewDrawForCycleFirstYear_DrawsEveryYearAtOnce()
    {
        var plan = NextPhasePlanner.Plan(NextPhasePolicy.NewDrawForCycle, Cycle, 1, States, [], Pool);

        Assert.Equal(["AAA", "BBB", "CCC", "DDD", "EEE"], plan.ToDraw.Select(s => s.Iso3));
        Assert.Empty(plan.LaterYears);
        Assert.Empty(plan.Kept);
    }

    [Fact]
    public void Plan_NewDrawForCycleLaterYear_KeepsTheCycleDrawAndDrawsOnlyLateJoiners()
    {
        var cycleDraw = new Assignment[] { new("DDD", "AAA", "BBB") };

        var year3 = NextPhasePlanner.Plan(NextPhasePolicy.NewDrawForCycle, Cycle, 3, States, cycleDraw, Pool);
        var year5 = NextPhasePlanner.Plan(NextPhasePolicy.NewDrawForCycle, Cycle, 5, States, cycleDraw, Pool);

        Assert.Equal(cycleDraw, year3.Kept);
        Assert.Empty(year3.ToDraw);
        Assert.Equal(["EEE"], year5.ToDraw.Select(s => s.Iso3));
    }

    [Fact]
    public void Plan_ScheduledStateNotGiven_Throws()
    {
        Assert.Throws<ArgumentException>(() => NextPhasePlanner.Plan(NextPhasePolicy.NewDrawEachYear, Cycle, 1, States[1..], [], Pool));
    }
}
