using System.Globalization;
using nietras.SeparatedValues;
using Planner.Board.Checklist.Previous;

namespace Planner.Host.Checklist;

/// <summary>
/// The CSV form of a previous review (docs/previous-reviews.md): a header row
/// <c>state,cycle,article,findings,conclusions,recommendations</c>, one line per article, one State
/// and cycle per file, recommendations separated by <c>|</c>. Returns the file or what is wrong.
/// </summary>
public static class PreviousReviewCsv
{
    public const string Header = "state,cycle,article,findings,conclusions,recommendations";

    private static readonly string[] Required = ["state", "cycle", "article"];

    public static (PreviousReviewFile? File, IReadOnlyList<string> Problems) Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, [$"The first line must be the header: {Header}"]);
        }
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromText(text);
        var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToList();
        if (!Required.All(header.Contains))
        {
            return (null, [$"The first line must be the header: {Header}"]);
        }
        string Field(SepReader.Row row, string name) => header.IndexOf(name) is var i and >= 0 && i < row.ColCount ? row[i].ToString() : "";
        var problems = new List<string>();
        var articles = new List<PreviousArticle>();
        var files = new HashSet<(string, string)>();
        foreach (var row in reader)
        {
            files.Add((Field(row, "state").ToUpperInvariant(), Field(row, "cycle")));
            if (!int.TryParse(Field(row, "article"), NumberStyles.None, CultureInfo.InvariantCulture, out var article))
            {
                problems.Add($"Line {row.LineNumberFrom}: the article must be a number, not '{Field(row, "article")}'.");
                continue;
            }
            articles.Add(new PreviousArticle(article, Field(row, "findings"), Field(row, "conclusions"),
                [.. Field(row, "recommendations").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]));
        }
        if (files.Count != 1)
        {
            problems.Add("A file holds one previous review: the same State and cycle on every line.");
        }
        var (state, cycleText) = files.FirstOrDefault();
        if (!int.TryParse(cycleText, NumberStyles.None, CultureInfo.InvariantCulture, out var cycle))
        {
            problems.Add($"The cycle must be a number, not '{cycleText}'.");
        }
        return problems.Count > 0 ? (null, problems) : (new PreviousReviewFile(state ?? "", cycle, articles), []);
    }
}
