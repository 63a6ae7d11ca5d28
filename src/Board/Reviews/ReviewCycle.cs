namespace Planner.Board.Reviews;

/// <summary>A review cycle of the Implementation Review Mechanism (e.g. the second, 2016–2026).</summary>
public sealed class ReviewCycle
{
    private ReviewCycle()
    {
    }

    public ReviewCycle(int number, int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);
        Number = number;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    public int Number { get; private set; }

    public int FirstYear { get; private set; }

    public int LastYear { get; private set; }
}
