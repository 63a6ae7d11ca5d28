using System.Text.Json;

namespace Planner.Board.Convention;

/// <summary>
/// The Convention's chapters and articles, read once from the data files embedded in this
/// assembly: the English authentic text and the official titles in the six languages.
/// </summary>
/// <remarks>The Convention does not change, so it is reference data rather than database rows.</remarks>
public sealed class ConventionCatalog
{
    private readonly Dictionary<int, ConventionArticle> articles;
    private readonly Dictionary<int, ConventionChapter> chapters;

    private ConventionCatalog(IEnumerable<ConventionChapter> chapters, IEnumerable<ConventionArticle> articles)
    {
        this.chapters = chapters.ToDictionary(c => c.Number);
        this.articles = articles.ToDictionary(a => a.Number);
    }

    public IReadOnlyCollection<ConventionChapter> Chapters => chapters.Values;

    public IReadOnlyCollection<ConventionArticle> Articles => articles.Values;

    public ConventionArticle? FindArticle(int number) => articles.GetValueOrDefault(number);

    public ConventionChapter Chapter(int number) => chapters[number];

    /// <summary>Loads the catalog from the embedded data files.</summary>
    public static ConventionCatalog Load()
    {
        var texts = Read<ArticleTextsFile>("uncac-articles-en.json");
        var titles = Read<TitlesFile>("uncac-titles.json");
        var articleTitles = titles.Articles.ToDictionary(a => a.Number, a => a.Titles);
        var chapters = titles.Chapters.Select(c => new ConventionChapter(c.Number, c.Titles.ToText()));
        var articles = texts.Articles.Select(a => new ConventionArticle(
            a.Number,
            a.Chapter,
            articleTitles.TryGetValue(a.Number, out var t) ? t.ToText() : new LocalizedText { En = a.Title },
            a.Text));
        return new ConventionCatalog(chapters, articles);
    }

    private static T Read<T>(string name)
    {
        using var stream = typeof(ConventionCatalog).Assembly
            .GetManifestResourceStream($"Planner.Board.Convention.{name}")
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded resource {name} is empty.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record ArticleTextsFile(IReadOnlyList<ArticleText> Articles);

    private sealed record ArticleText(int Number, int Chapter, string Title, string Text);

    private sealed record TitlesFile(IReadOnlyList<NumberedTitles> Chapters, IReadOnlyList<NumberedTitles> Articles);

    private sealed record NumberedTitles(int Number, SixTitles Titles);

    private sealed record SixTitles(string En, string Fr, string Es, string Ru, string Zh, string Ar)
    {
        public LocalizedText ToText() => new() { En = En, Fr = Fr, Es = Es, Ru = Ru, Zh = Zh, Ar = Ar };
    }
}
