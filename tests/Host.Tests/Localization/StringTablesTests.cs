using System.Text.RegularExpressions;
using System.Xml.Linq;
using Planner.Board.Workflow;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Localization;

/// <summary>The six tables of interface strings stay in step with English: same keys, no empty text, the same placeholders.</summary>
public sealed partial class StringTablesTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "src", "Host", "Localization");

    public static TheoryData<string> Languages() => new() { "fr", "es", "ru", "zh", "ar" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Table_Language_SameKeysAsEnglish(string language)
    {
        var english = Read("Strings.resx");
        var table = Read($"Strings.{language}.resx");

        Assert.Empty(english.Keys.Except(table.Keys));
        Assert.Empty(table.Keys.Except(english.Keys));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Table_Language_EveryTextTranslatedWithTheSamePlaceholders(string language)
    {
        var english = Read("Strings.resx");
        var table = Read($"Strings.{language}.resx");

        Assert.Empty(table.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        Assert.Empty(english.Where(e => table.TryGetValue(e.Key, out var text) && !Placeholders(text).SetEquals(Placeholders(e.Value))).Select(e => e.Key));
    }

    [Fact]
    public void Table_English_HasAMessageForEveryRefusal()
    {
        var english = Read("Strings.resx");
        var missing = Enum.GetNames<Refusal>().Where(r => !english.ContainsKey($"Refusal.{r}")).ToList();

        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
