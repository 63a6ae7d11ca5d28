namespace Planner.Board.Resources;

/// <summary>
/// What the secretariat enters for a resource: for one article (or null: every article), a title,
/// a link and/or a short description, and optionally the UN language it is in.
/// </summary>
public sealed record ResourceDraft(int? ArticleNumber, string? Title, string? Url, string? Description, string? Language)
{
    /// <summary>Trimmed, with empty text as none and the language code in lower case.</summary>
    public ResourceDraft Normalized() => new(
        ArticleNumber, Clean(Title), Clean(Url), Clean(Description), Clean(Language)?.ToLowerInvariant());

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
