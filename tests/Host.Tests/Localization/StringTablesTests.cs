using System.Text.RegularExpressions;
using System.Xml.Linq;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Localization;

/// <summary>
/// The six string tables (src/Host/Localization/Strings*.resx) stay in step: every English key is
/// translated in the five other languages, no table has a key the English one lacks, none is blank,
/// and each translation uses the same placeholders ({0}, {1}…) as the English text.
/// </summary>
public sealed partial class StringTablesTests
{
    public static TheoryData<string> Languages => new() { "fr", "es", "ru", "zh", "ar" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Table_ComparedWithEnglish_HasTheSameKeysAndPlaceholders(string language)
    {
        var english = Read("Strings.resx");
        var translated = Read($"Strings.{language}.resx");

        Assert.Contains("App.Name", english.Keys);
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        // Listed by key, so a failure names the strings to fix.
        var blank = translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ToList();
        var otherPlaceholders = english.Keys.Where(k => !Placeholders(english[k]).SetEquals(Placeholders(translated[k]))).ToList();
        Assert.Empty(blank);
        Assert.Empty(otherPlaceholders);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(RepositoryFiles.Root, "src", "Host", "Localization", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
