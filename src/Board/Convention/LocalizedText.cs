namespace Planner.Board.Convention;

/// <summary>A text in the six official UN languages.</summary>
/// <remarks>
/// Stored as six columns rather than a dictionary so that every language is always present and
/// queries stay simple; <see cref="For"/> falls back to English when a language is blank.
/// </remarks>
public sealed class LocalizedText
{
    public string En { get; init; } = "";
    public string Fr { get; init; } = "";
    public string Es { get; init; } = "";
    public string Ru { get; init; } = "";
    public string Zh { get; init; } = "";
    public string Ar { get; init; } = "";

    /// <summary>The text for a culture name such as "fr", "fr-FR" or "zh-Hans".</summary>
    public string For(string cultureName)
    {
        var text = UnLanguages.Normalize(cultureName) switch
        {
            "fr" => Fr,
            "es" => Es,
            "ru" => Ru,
            "zh" => Zh,
            "ar" => Ar,
            _ => En,
        };
        return string.IsNullOrWhiteSpace(text) ? En : text;
    }
}
