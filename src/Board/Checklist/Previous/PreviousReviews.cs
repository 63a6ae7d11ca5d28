using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Persistence;

namespace Planner.Board.Checklist.Previous;

public enum PreviousImportStatus
{
    Imported,
    NotAllowed,
    Invalid,
}

/// <summary>An import's outcome: how many articles, or what is wrong (nothing is imported then).</summary>
public sealed record PreviousImportResult(PreviousImportStatus Status, int Articles = 0, IReadOnlyList<string>? Problems = null);

/// <summary>
/// Imports previous reviews (secretariat; importing an article again replaces it, audited) and finds, for a tile, the latest earlier review's findings on its article.
/// </summary>
public sealed class PreviousReviews(PlannerDbContext db, ReviewAccess access, TimeProvider clock, AuditActor? auditActor = null)
{
    public const int MaxTextLength = 50_000;

    public async Task<PreviousImportResult> ImportAsync(PreviousReviewFile file, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is not { IsSecretariat: true })
        {
            return new(PreviousImportStatus.NotAllowed);
        }
        var problems = Problems(file);
        var state = (file.State ?? "").Trim().ToUpperInvariant();
        if (problems.Count == 0 && !await db.States.AnyAsync(s => s.Iso3 == state, cancellationToken).ConfigureAwait(false))
        {
            problems.Add($"{state} is not a known State.");
        }
        if (problems.Count > 0)
        {
            return new(PreviousImportStatus.Invalid, Problems: problems);
        }
        auditActor?.Set(user.Id, user.DisplayName);
        Add(db, file with { State = state }, user.DisplayName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new(PreviousImportStatus.Imported, file.Articles.Count);
    }

    /// <summary>
    /// Adds the file's articles, or replaces those already imported for the same State, cycle and
    /// article (nothing is ever deleted: an article left out keeps what it had), without saving.
    /// Also used to seed the sample.
    /// </summary>
    public static void Add(PlannerDbContext db, PreviousReviewFile file, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        var existing = db.PreviousFindings.Where(f => f.State == file.State && f.Cycle == file.Cycle).ToDictionary(f => f.Article);
        foreach (var a in file.Articles)
        {
            var findings = (a.Findings ?? "").Trim();
            var conclusions = (a.Conclusions ?? "").Trim();
            List<string> recommendations = [.. (a.Recommendations ?? []).Select(r => r.Trim()).Where(r => r.Length > 0)];
            if (existing.TryGetValue(a.Article, out var finding))
            {
                finding.Replace(findings, conclusions, recommendations, by, at);
            }
            else
            {
                db.PreviousFindings.Add(new PreviousFinding(file.State, file.Cycle, a.Article, findings, conclusions, recommendations, by, at));
            }
        }
    }

    /// <summary>The latest earlier review's findings on the tile's article for its State, or null (also when the user may not see the tile).</summary>
    public async Task<PreviousFindingView?> ForTileAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await access.VisibleTileAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is not { Tile: var tile })
        {
            return null;
        }
        var review = await db.Reviews.AsNoTracking().FirstAsync(r => r.Id == tile.ReviewId, cancellationToken).ConfigureAwait(false);
        var finding = await db.PreviousFindings.AsNoTracking()
            .Where(f => f.State == review.StateUnderReview && f.Article == tile.ArticleNumber && f.Cycle < review.CycleNumber)
            .OrderByDescending(f => f.Cycle).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return finding is null ? null : new(finding.Cycle, finding.Article, finding.Findings, finding.Conclusions, finding.RecommendationList);
    }

    private static List<string> Problems(PreviousReviewFile file)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(file.State) || file.State.Trim().Length != 3)
        {
            problems.Add("Give the State as an ISO alpha-3 code.");
        }
        if (file.Cycle < 1)
        {
            problems.Add("The cycle is a whole number from 1.");
        }
        if (file.Articles is not { Count: > 0 })
        {
            problems.Add("Give at least one article.");
            return problems;
        }
        foreach (var a in file.Articles)
        {
            if (a.Article is < 1 or > 71)
            {
                problems.Add($"Article {a.Article} is not an article of the Convention (1–71).");
            }
            if (string.IsNullOrWhiteSpace(a.Findings) && string.IsNullOrWhiteSpace(a.Conclusions) && a.Recommendations is not { Count: > 0 })
            {
                problems.Add($"Article {a.Article} has no findings, conclusions or recommendations.");
            }
            if ((a.Findings?.Length ?? 0) > MaxTextLength || (a.Conclusions?.Length ?? 0) > MaxTextLength
                || (a.Recommendations ?? []).Sum(r => r.Length) > MaxTextLength)
            {
                problems.Add($"Article {a.Article}: a text is longer than {MaxTextLength} characters.");
            }
        }
        problems.AddRange(file.Articles.GroupBy(a => a.Article).Where(g => g.Count() > 1).Select(g => $"Article {g.Key} appears more than once."));
        return problems;
    }
}
