using Planner.Plugins.Draw.Schedule;

namespace Planner.Plugins.Draw.Sessions;

/// <summary>
/// A cycle's schedule (D1) as kept in the plugin store: opened with a published commitment, run once
/// (the seed revealed with the result), then States joining later are added to its last year.
/// </summary>
public sealed record ScheduleRecord(
    int Cycle,
    int FirstYear,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    string Commitment,
    string SeedHex,
    ScheduleInput Input,
    CycleSchedule? Result)
{
    public IReadOnlyList<string> LateJoiners { get; init; } = [];
}

/// <summary>A schedule as the API shows it: the seed only once revealed.</summary>
public sealed record ScheduleView(int Cycle, int FirstYear, string OpenedBy, DateTimeOffset OpenedAt, string Commitment, string? Seed,
    ScheduleInput Input, CycleSchedule? Result, IReadOnlyList<string> LateJoiners)
{
    public static ScheduleView Of(ScheduleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Cycle, record.FirstYear, record.OpenedBy, record.OpenedAt, record.Commitment, record.Result is null ? null : record.SeedHex,
            record.Input, record.Result, record.LateJoiners);
    }
}
