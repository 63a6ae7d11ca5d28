using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.States;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Text;

namespace Planner.Plugins.Draw.Results;

/// <summary>One State under review's result (D6), with names in one language.</summary>
public sealed record DrawResultRow(
    string Reviewed, string ReviewedName, RegionalGroup Group, string GroupReviewer, string GroupReviewerName,
    string BoxReviewer, string BoxReviewerName, IReadOnlyList<(string Instrument, string Iso3, string Name)> Extras, bool Kept, int Redraws)
{
    /// <summary>The rows of a draw, sorted by the State's name in <paramref name="language"/>.</summary>
    public static async Task<IReadOnlyList<DrawResultRow>> ForAsync(DrawRecord record, PlannerDbContext db, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(db);
        var states = await db.States.AsNoTracking().ToDictionaryAsync(s => s.Iso3, ct).ConfigureAwait(false);
        string Name(string iso3) => states.TryGetValue(iso3, out var s) ? s.Name.For(language) : iso3;
        var redraws = record.Result?.Redraws ?? [];
        return [.. record.Assignments.Select(a => new DrawResultRow(
                a.Reviewed, Name(a.Reviewed), states.TryGetValue(a.Reviewed, out var s) ? s.Group : RegionalGroup.None,
                a.GroupReviewer, Name(a.GroupReviewer), a.BoxReviewer, Name(a.BoxReviewer),
                [.. a.Extras.Select(e => (e.Instrument, e.Reviewer, Name(e.Reviewer)))],
                record.Kept.Any(k => k.Reviewed == a.Reviewed),
                redraws.Count(r => r.Seat.Reviewed == a.Reviewed)))
            .OrderBy(r => r.ReviewedName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(language), ignoreCase: true))];
    }

    public string GroupName(string language) => DrawText.Group(Group, language);
}
