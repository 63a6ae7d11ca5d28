namespace Planner.Board.Deadlines;

/// <summary>The agreed steps of a country review that carry a deadline (K2).</summary>
public enum DeadlineKind
{
    /// <summary>The State under review submits its self-assessment checklist.</summary>
    ChecklistDue,

    /// <summary>The reviewing States finish the desk review.</summary>
    DeskReviewDue,

    /// <summary>The country visit or joint meeting (V1).</summary>
    CountryVisit,

    /// <summary>The draft country review report is circulated.</summary>
    DraftReport,

    /// <summary>Anything else the three States agree on; named by its label.</summary>
    Custom,
}
