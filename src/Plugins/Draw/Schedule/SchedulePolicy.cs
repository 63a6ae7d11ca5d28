namespace Planner.Plugins.Draw.Schedule;

/// <summary>How the States of a cycle are spread over its years (D1).</summary>
public enum SchedulePolicy
{
    /// <summary>(a) A new draw: which State of a group lands in which year is uniform random. The default.</summary>
    NewDraw,

    /// <summary>(b) Each State keeps its year of the previous cycle. Outside today's terms of reference.</summary>
    KeepPreviousOrder,

    /// <summary>(c) Within each group, the States whose executive summary is oldest come first.
    /// Outside today's terms of reference.</summary>
    OldestExecutiveSummaryFirst,
}
