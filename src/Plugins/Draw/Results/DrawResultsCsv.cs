using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Planner.Board.Convention;
using Planner.Board.Persistence;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Text;

namespace Planner.Plugins.Draw.Results;

/// <summary>
/// The per-State results (D6) as CSV in one of the six languages: one row per State under review,
/// names and headers in that language, ISO codes beside the names so the file sorts and joins.
/// UTF-8 with a byte order mark, so spreadsheet programs show Arabic, Chinese and Cyrillic correctly.
/// </summary>
public static class DrawResultsCsv
{
    private static readonly string[] Columns = ["Csv.Reviewed", "Csv.ReviewedIso", "Csv.Group", "Csv.GroupReviewer", "Csv.GroupReviewerIso",
        "Csv.BoxReviewer", "Csv.BoxReviewerIso", "Csv.Extras", "Csv.Kept", "Csv.Redraws"];

    public static async Task<byte[]> WriteAsync(DrawRecord record, PlannerDbContext db, string language, CancellationToken ct)
    {
        var lang = UnLanguages.Normalize(language);
        var rows = await DrawResultRow.ForAsync(record, db, lang, ct).ConfigureAwait(false);
        var headers = Columns.Select(h => DrawText.For(lang, h)).ToArray();
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            foreach (var row in rows)
            {
                await using var line = csv.NewRow(ct);
                string[] values = [row.ReviewedName, row.Reviewed, row.GroupName(lang), row.GroupReviewerName, row.GroupReviewer,
                    row.BoxReviewerName, row.BoxReviewer, string.Join("; ", row.Extras.Select(e => $"{e.Instrument}: {e.Name} ({e.Iso3})")),
                    DrawText.For(lang, row.Kept ? "Csv.Yes" : "Csv.No"), row.Redraws.ToString(CultureInfo.InvariantCulture)];
                for (var i = 0; i < headers.Length; i++)
                {
                    line[headers[i]].Set(values[i]);
                }
            }
        }
        return buffer.ToArray();
    }

    public static string FileName(DrawRecord record, string language)
    {
        ArgumentNullException.ThrowIfNull(record);
        var what = record.Cycle is { } c && record.Year is { } y ? $"cycle-{c}-year-{y}" : $"draw-{record.Id.ToString("N")[..8]}";
        return $"draw-results-{what}-{UnLanguages.Normalize(language)}.csv";
    }
}
