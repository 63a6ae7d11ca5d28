namespace Planner.Board.Reviews;

/// <summary>
/// One country review: a State under review, two reviewing States, a cycle and year, and the
/// articles in scope. Its board has one tile per article (see <see cref="Tiles.Tile"/>).
/// </summary>
public sealed class CountryReview
{
    private CountryReview()
    {
    }

    public CountryReview(Guid id, int cycleNumber, int year, string stateUnderReview,
        string reviewingStateFromGroup, string reviewingStateFromBox)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateUnderReview);
        if (stateUnderReview == reviewingStateFromGroup || stateUnderReview == reviewingStateFromBox)
        {
            throw new ArgumentException("A State never reviews itself.");
        }
        if (reviewingStateFromGroup == reviewingStateFromBox)
        {
            throw new ArgumentException("The two reviewing States must differ.");
        }
        Id = id;
        CycleNumber = cycleNumber;
        Year = year;
        StateUnderReview = stateUnderReview;
        ReviewingStateFromGroup = reviewingStateFromGroup;
        ReviewingStateFromBox = reviewingStateFromBox;
    }

    public Guid Id { get; private set; }

    public int CycleNumber { get; private set; }

    /// <summary>The year of the cycle in which the review takes place (1-based).</summary>
    public int Year { get; private set; }

    /// <summary>ISO alpha-3 code of the State under review.</summary>
    public string StateUnderReview { get; private set; } = "";

    /// <summary>The reviewing State drawn from the same regional group.</summary>
    public string ReviewingStateFromGroup { get; private set; } = "";

    /// <summary>The reviewing State drawn from the global box.</summary>
    public string ReviewingStateFromBox { get; private set; } = "";

    /// <summary>The checklist version the review started with (S1); later versions do not change it.</summary>
    public int ChecklistVersion { get; private set; } = 1;

    public void UseChecklist(int version) => ChecklistVersion = version;
}
