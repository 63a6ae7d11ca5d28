using System.Text.Json;
using System.Text.Json.Serialization;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Schedule;

namespace Planner.Draw.Tests;

/// <summary>Results are stored as JSON (web defaults, enums as strings) and read back: nothing may be lost.</summary>
public sealed class RoundTripTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void Serialize_ExtraDrawResultWithRedraws_ReadsBackEqual()
    {
        var drawn = DrawSolver.Solve(UntocInputs.ScarceTip(5), Seeds.Of(5));
        var target = drawn.Assignments.First(a => a.Extras.Count > 0);
        var result = DrawSolver.Redraw(drawn, new Seat(target.Reviewed, SeatKind.Extra, "TIP"), RedrawReason.ReviewerPostponed, "postponed", Seeds.Of(6));

        var back = RoundTrip(result);

        Assert.Equal(result.Assignments, back.Assignments);
        Assert.Equal(result.Redraws, back.Redraws);
        Assert.Equal(InstrumentMode.ExtraDrawForMissing, back.Input.Rules.InstrumentMode);
        Assert.Equal(result.Input.Rules.RepeatRequestsPerReview, back.Input.Rules.RepeatRequestsPerReview);
        Assert.Equal(result.Steps.Select(s => s.Seat), back.Steps.Select(s => s.Seat));
        Assert.Equal(JsonSerializer.Serialize(result, Json), JsonSerializer.Serialize(back, Json));
        // The replay from the stored input gives the same draw.
        Assert.Equal(drawn.Assignments, DrawSolver.Solve(back.Input, Seeds.Of(5)).Assignments);
    }

    [Fact]
    public void Deserialize_RedrawStoredBeforeKinds_ReadsAsSecretariatDecision()
    {
        const string old = """{"seat":{"reviewed":"KEN","kind":"Box"},"previous":"UGA","chosen":"TZA","candidates":4,"reason":"withdrew"}""";

        var redraw = JsonSerializer.Deserialize<SeatRedraw>(old, Json)!;

        Assert.Equal(RedrawReason.SecretariatDecision, redraw.Kind);
        Assert.Null(redraw.Seat.Instrument);
        Assert.Equal(new Seat("KEN", SeatKind.Box), redraw.Seat);
    }

    [Fact]
    public void Serialize_ScheduleAndNextPhasePlan_ReadBackTheSame()
    {
        var schedule = CycleScheduler.AddLateJoiner(CycleScheduler.Schedule(new ScheduleInput
        {
            Cycle = 3,
            Policy = SchedulePolicy.OldestExecutiveSummaryFirst,
            States = [.. UnStates.All.Select((s, i) => new ScheduleState(s.Iso3, s.Group, 1 + (i % 4), i % 3 == 0 ? null : new DateOnly(2010 + (i % 9), 1, 1)))],
        }, Seeds.Of(1)), "XKX");
        var input = new ScheduleInput { Cycle = 3, States = [new("KEN", Board.States.RegionalGroup.African, 2, new DateOnly(2014, 3, 1))] };
        var plan = new NextPhasePlan
        {
            Kept = [new Assignment("KEN", "UGA", "FRA") { Extras = [new("TIP", "ITA")] }],
            ToDraw = [new ReviewedState("TZA", Board.States.RegionalGroup.African, "common")],
            SeatsToRedraw = [new Seat("KEN", SeatKind.Extra, "TIP")],
        };

        var scheduleBack = RoundTrip(schedule);
        var planBack = RoundTrip(plan);

        Assert.Equal(JsonSerializer.Serialize(schedule, Json), JsonSerializer.Serialize(scheduleBack, Json));
        Assert.Equal(schedule.StatesIn(5), scheduleBack.StatesIn(5));
        Assert.True(scheduleBack.OutsideTermsOfReference);
        Assert.Equal(JsonSerializer.Serialize(input, Json), JsonSerializer.Serialize(RoundTrip(input), Json));
        Assert.Equal(plan.Kept, planBack.Kept);
        Assert.Equal(plan.ToDraw, planBack.ToDraw);
        Assert.Equal(plan.SeatsToRedraw, planBack.SeatsToRedraw);
    }

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Json), Json)!;
}
