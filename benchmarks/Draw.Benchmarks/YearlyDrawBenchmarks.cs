using BenchmarkDotNet.Attributes;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Benchmarks;

/// <summary>
/// A yearly draw over the 193 UN States with every rule that needs no extra data on (cap 2, no
/// mutual reviews, no repeated pairs, look-ahead): the first year, the last (hardest) year of the
/// cycle, and redrawing one seat.
/// </summary>
[MemoryDiagnoser]
public class YearlyDrawBenchmarks
{
    private DrawInput firstYear = null!;
    private DrawInput lastYear = null!;
    private DrawResult lastYearResult = null!;
    private Seat seat = null!;

    [GlobalSetup]
    public void Setup()
    {
        var cycle = new CycleBuilder(scheduleSeed: 7);
        firstYear = cycle.InputFor(0);
        for (var year = 0; year < 3; year++)
        {
            cycle.Record(DrawSolver.Solve(cycle.InputFor(year), Seeds.Of(year)));
        }
        lastYear = cycle.InputFor(3);
        lastYearResult = DrawSolver.Solve(lastYear, Seeds.Of(3));
        seat = new Seat(lastYearResult.Assignments[0].Reviewed, SeatKind.Box);
    }

    [Benchmark]
    public DrawResult FirstYear() => DrawSolver.Solve(firstYear, Seeds.Of(100));

    [Benchmark]
    public DrawResult LastYearOfTheCycle() => DrawSolver.Solve(lastYear, Seeds.Of(101));

    [Benchmark]
    public DrawResult RedrawOneSeat() => DrawSolver.Redraw(lastYearResult, seat, "The reviewer withdrew.", Seeds.Of(102));
}
