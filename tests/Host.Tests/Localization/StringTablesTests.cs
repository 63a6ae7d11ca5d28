using System.Text.RegularExpressions;
using System.Xml.Linq;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Localization;

/// <summary>The six interface string tables stay in step: same keys, nothing empty, the same placeholders.</summary>
public sealed partial class StringTablesTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "src", "Host", "Localization");

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void Translation_ComparedWithEnglish_HasEveryKeyWithTheSamePlaceholders(string language)
    {
        var english = Read("Strings.resx");
        var translated = Read($"Strings.{language}.resx");

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.Empty(translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        var mismatched = english.Where(e => !Placeholders(e.Value).SetEquals(Placeholders(translated[e.Key]))).Select(e => e.Key);
        Assert.Empty(mismatched);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
