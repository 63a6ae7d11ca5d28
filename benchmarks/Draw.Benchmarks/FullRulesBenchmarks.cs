using BenchmarkDotNet.Attributes;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Schedule;

namespace Planner.Draw.Benchmarks;

/// <summary>
/// The heaviest realistic year: the last of a UN cycle (193 States, 48 under review) with every rule
/// on: similar legal system where possible, the UNTOC extra-draw mode (cap 3, see the README),
/// history and performed counts of three earlier years; then five redraws (two asked by the State
/// under review, a withdrawal, a postponement, an extra seat). And the cycle's schedule draw.
/// </summary>
[MemoryDiagnoser]
public class FullRulesBenchmarks
{
    private DrawInput lastYear = null!;
    private ScheduleInput schedule = null!;
    private (Seat Seat, RedrawReason Kind)[] redraws = [];

    [GlobalSetup]
    public void Setup()
    {
        lastYear = FullRulesCycle.InputFor(1, 3, reviewCap: 3);
        var drawn = DrawSolver.Solve(lastYear, Seeds.Of(13));
        var a = drawn.Assignments;
        var withExtra = a.First(x => x.Extras.Count > 0);
        redraws =
        [
            (new Seat(a[0].Reviewed, SeatKind.Box), RedrawReason.RequestedByStateUnderReview),
            (new Seat(a[0].Reviewed, SeatKind.Group), RedrawReason.RequestedByStateUnderReview),
            (new Seat(a[1].Reviewed, SeatKind.Box), RedrawReason.ReviewerWithdrew),
            (new Seat(a[2].Reviewed, SeatKind.Group), RedrawReason.ReviewerPostponed),
            (new Seat(withExtra.Reviewed, SeatKind.Extra, withExtra.Extras[0].Instrument), RedrawReason.ReviewerWithdrew),
        ];
        schedule = new ScheduleInput { Cycle = 3, States = [.. UnStates.All.Select(s => new ScheduleState(s.Iso3, s.Group))] };
    }

    [Benchmark]
    public DrawResult LastYearAllRulesWithFiveRedraws()
    {
        var result = DrawSolver.Solve(lastYear, Seeds.Of(13));
        foreach (var (seat, kind) in redraws)
        {
            result = DrawSolver.Redraw(result, seat, kind, "benchmark", Seeds.Of(14));
        }
        return result.Succeeded ? result : throw new InvalidOperationException(result.Failure!.ToString());
    }

    [Benchmark]
    public CycleSchedule ScheduleDraw() => CycleScheduler.Schedule(schedule, Seeds.Of(15));
}
