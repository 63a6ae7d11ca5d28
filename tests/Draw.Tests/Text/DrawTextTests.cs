using System.Text.RegularExpressions;
using Planner.Plugins.Draw.Text;

namespace Planner.Draw.Tests.Text;

/// <summary>The draw's pages speak six languages: every sentence exists in each, with the same placeholders, and every sentence the code asks for exists.</summary>
public sealed partial class DrawTextTests
{
    public static TheoryData<string> OtherLanguages => new() { "fr", "es", "ru", "zh", "ar" };

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Table_EachLanguage_HasEveryEnglishKeyWithTheSamePlaceholders(string language)
    {
        var english = DrawText.Table("en");
        var table = DrawText.Table(language);

        Assert.Empty(english.Keys.Except(table.Keys));
        Assert.Empty(table.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(table[key])), $"{language} {key}: placeholders differ from English.");
            Assert.False(string.IsNullOrWhiteSpace(table[key]), $"{language} {key} is empty.");
        }
    }

    [Fact]
    public void Sources_EveryLiteralKeyTheCodeAsksFor_ExistsInEnglish()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "Plugins", "Draw");
        var used = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .ToHashSet();

        Assert.NotEmpty(used);
        var missing = used.Except(DrawText.Table("en").Keys).ToList();
        Assert.True(missing.Count == 0, $"Not in the English table: {string.Join(", ", missing)}");
    }

    [Fact]
    public void For_Arabic_FormatsWithArabicTextAndFallsBackToEnglishForUnknownLanguages()
    {
        Assert.Contains("القرعة", DrawText.For("ar", "Nav.Draw"), StringComparison.Ordinal);
        Assert.Equal(DrawText.For("en", "Nav.Draw"), DrawText.For("de", "Nav.Draw"));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Planner.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Planner.sln not found above the test's folder.");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // DrawText.Get("Key"…), DrawText.For(lang, "Key"…), new(400, "Key"…) — the literal keys; computed ones ($"Rule.{…}") are covered by the tables' own checks.
    [GeneratedRegex(@"(?:DrawText\.(?:Get|For)\((?:[A-Za-z]+, )?|new(?:\s*DeskRefusal)?\(\d{3}, )""(?<key>[A-Z][A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex KeyUse();
}
