namespace Planner.Plugins.Draw.Schedule;

/// <summary>Which States are reviewed in which year of a cycle (D1).</summary>
public sealed record CycleSchedule
{
    public required int Cycle { get; init; }

    public required SchedulePolicy Policy { get; init; }

    /// <summary>True for policies (b) and (c): they may lie outside today's terms of reference (footnote 1).</summary>
    public bool OutsideTermsOfReference { get; init; }

    /// <summary>Years 1 to the cycle's last year, in order.</summary>
    public required IReadOnlyList<ScheduledYear> Years { get; init; }

    public required string SeedHex { get; init; }

    public IReadOnlyList<string> StatesIn(int year) => YearAt(year).States;

    /// <summary>The States of every year after <paramref name="year"/>, for the look-ahead.</summary>
    public IReadOnlyList<string> LaterYearsThan(int year)
    {
        YearAt(year);
        return [.. Years.Where(y => y.Year > year).SelectMany(y => y.States)];
    }

    /// <summary>The year a State is reviewed in, or null when it is not in the cycle.</summary>
    public int? YearOf(string iso3) => Years.FirstOrDefault(y => y.States.Contains(iso3))?.Year;

    private ScheduledYear YearAt(int year) =>
        Years.FirstOrDefault(y => y.Year == year) ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"The cycle has years 1 to {Years.Count}.");
}
