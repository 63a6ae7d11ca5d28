namespace Planner.Board.Convention;

/// <summary>A chapter of the Convention (I–VIII) with its official titles.</summary>
public sealed record ConventionChapter(int Number, LocalizedText Title)
{
    /// <summary>The chapter number as the Convention writes it: I, II, … VIII.</summary>
    public string Roman => Number switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV",
        5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII",
        _ => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
