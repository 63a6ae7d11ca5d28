namespace Planner.Plugins.Draw.Schedule;

/// <summary>Reviewers for the next phase (D5).</summary>
public enum NextPhasePolicy
{
    /// <summary>(a) Keep the previous phase's reviewers; draw only for States that have none.</summary>
    KeepPrevious,

    /// <summary>(b) A new draw at the start of each year, for that year's States.</summary>
    NewDrawEachYear,

    /// <summary>(b) A new draw at the start of the cycle, for the States of every year at once.</summary>
    NewDrawForCycle,
}
