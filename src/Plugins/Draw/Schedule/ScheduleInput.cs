namespace Planner.Plugins.Draw.Schedule;

/// <summary>Everything a cycle's schedule depends on; with the seed, enough to replay it.</summary>
public sealed record ScheduleInput
{
    public required int Cycle { get; init; }

    public required IReadOnlyList<ScheduleState> States { get; init; }

    public SchedulePolicy Policy { get; init; } = SchedulePolicy.NewDraw;

    /// <summary>The years the States are spread over, a quarter each by default.</summary>
    public int DrawYears { get; init; } = 4;

    /// <summary>All years of the cycle; the last receives States that join after the draw.</summary>
    public int TotalYears { get; init; } = 5;
}
