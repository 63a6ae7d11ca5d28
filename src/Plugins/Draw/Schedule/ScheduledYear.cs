namespace Planner.Plugins.Draw.Schedule;

/// <summary>The States reviewed in one year of the cycle (1-based), sorted by ISO code.</summary>
public sealed record ScheduledYear(int Year, IReadOnlyList<string> States);
