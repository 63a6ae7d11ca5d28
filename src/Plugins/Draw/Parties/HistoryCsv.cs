using System.Globalization;

namespace Planner.Plugins.Draw.Parties;

/// <summary>
/// The review history import: <c>cycle,year,reviewed,reviewers,executive_summary</c> with a header
/// row; reviewers are ISO codes separated by semicolons, the executive summary's date is
/// yyyy-MM-dd or empty. Every line is checked before anything is imported.
/// </summary>
public static class HistoryCsv
{
    public const string Header = "cycle,year,reviewed,reviewers,executive_summary";

    private static readonly string[] Required = ["cycle", "year", "reviewed", "reviewers"];

    public static CsvImport<PastReview> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<PastReview>();
        var errors = new List<CsvImportError>();
        var (header, lines) = CsvRows.Read(text);
        if (!Required.All(header.Contains))
        {
            return new([], [new(1, $"The first line must be the header: {Header}")]);
        }
        foreach (var csv in lines)
        {
            var line = csv.Line;
            if (!int.TryParse(csv.Get("cycle"), NumberStyles.None, CultureInfo.InvariantCulture, out var cycle) || cycle < 1)
            {
                errors.Add(new(line, $"Cycle must be a whole number from 1, not '{csv.Get("cycle")}'."));
                continue;
            }
            if (!int.TryParse(csv.Get("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 20)
            {
                errors.Add(new(line, $"Year must be the year of the cycle (1, 2, …), not '{csv.Get("year")}'."));
                continue;
            }
            var reviewed = csv.Get("reviewed").ToUpperInvariant();
            var reviewers = CsvValues.List(csv.Get("reviewers")).Select(r => r.ToUpperInvariant()).ToList();
            if (reviewed.Length != 3 || reviewers.Count == 0 || reviewers.Any(r => r.Length != 3) || reviewers.Contains(reviewed))
            {
                errors.Add(new(line, "Give the reviewed State and its reviewing States as ISO alpha-3 codes; a State never reviews itself."));
                continue;
            }
            DateOnly? summary = null;
            var summaryText = csv.Get("executive_summary");
            if (!string.IsNullOrWhiteSpace(summaryText))
            {
                if (!DateOnly.TryParseExact(summaryText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    errors.Add(new(line, $"The executive summary's date must be written yyyy-MM-dd, not '{summaryText}'."));
                    continue;
                }
                summary = date;
            }
            rows.Add(new PastReview(cycle, year, reviewed, reviewers, summary));
        }
        return new(rows, errors);
    }
}
