namespace Planner.Board.Convention;

/// <summary>The six official languages of the United Nations, by two-letter code.</summary>
public static class UnLanguages
{
    public static IReadOnlyList<string> All { get; } = ["en", "fr", "es", "ru", "zh", "ar"];

    /// <summary>Languages written right to left.</summary>
    public static bool IsRightToLeft(string cultureName) => Normalize(cultureName) == "ar";

    /// <summary>"fr-FR" → "fr"; anything not one of the six → "en".</summary>
    public static string Normalize(string? cultureName)
    {
        if (string.IsNullOrEmpty(cultureName))
        {
            return "en";
        }
        var code = cultureName.Split('-')[0].ToLowerInvariant();
        return All.Contains(code) ? code : "en";
    }
}
