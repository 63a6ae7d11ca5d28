using Planner.Board.States;

namespace Planner.Plugins.Draw.Schedule;

/// <summary>A State to schedule: its group, its year in the previous cycle (policy b) and the date
/// of its last executive summary (policy c; none = never summarised, so it comes first).</summary>
public sealed record ScheduleState(string Iso3, RegionalGroup Group, int? PreviousCycleYear = null, DateOnly? ExecutiveSummaryDate = null);
