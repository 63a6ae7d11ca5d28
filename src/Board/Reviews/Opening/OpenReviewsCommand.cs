using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.Convention;
using Planner.Board.Persistence;
using Planner.Board.Tiles;

namespace Planner.Board.Reviews.Opening;

/// <summary>
/// The secretariat opens country reviews (each with its board: one tile per article of the chapters
/// in scope, in Assign) from the result of a draw, in one transaction. A State that already has a
/// review in the cycle is skipped, not duplicated, so confirming twice does no harm.
/// </summary>
public sealed class OpenReviewsCommand(PlannerDbContext db, ConventionCatalog convention, Checklist.ChecklistTemplates templates, AuditActor? auditActor = null)
{
    public async Task<OpenReviewsResult> ExecuteAsync(IReadOnlyList<NewReview> reviews, IReadOnlyCollection<int> chapters, Guid userId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(chapters);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is not { IsSecretariat: true })
        {
            return OpenReviewsResult.Refused(OpenReviewsStatus.NotAllowed);
        }
        var articles = convention.Articles.Where(a => chapters.Contains(a.Chapter)).Select(a => a.Number).Order().ToList();
        if (articles.Count == 0)
        {
            return OpenReviewsResult.Refused(OpenReviewsStatus.NoArticles);
        }
        var cycles = reviews.Select(r => r.Cycle).Distinct().ToList();
        if (await db.Cycles.CountAsync(c => cycles.Contains(c.Number), cancellationToken).ConfigureAwait(false) != cycles.Count)
        {
            return OpenReviewsResult.Refused(OpenReviewsStatus.UnknownCycle);
        }
        var codes = reviews.SelectMany(r => new[] { r.StateUnderReview, r.ReviewingStateFromGroup, r.ReviewingStateFromBox }).Distinct().ToList();
        if (await db.States.CountAsync(s => codes.Contains(s.Iso3), cancellationToken).ConfigureAwait(false) != codes.Count)
        {
            return OpenReviewsResult.Refused(OpenReviewsStatus.UnknownState);
        }
        var existing = await db.Reviews.AsNoTracking().Where(r => cycles.Contains(r.CycleNumber))
            .Select(r => new { r.CycleNumber, r.StateUnderReview }).ToListAsync(cancellationToken).ConfigureAwait(false);
        auditActor?.Set(user.Id, user.DisplayName);
        var checklist = (await templates.LatestAsync(cancellationToken).ConfigureAwait(false)).Number;
        var opened = new List<Guid>();
        var skipped = new List<string>();
        foreach (var r in reviews)
        {
            if (existing.Any(e => e.CycleNumber == r.Cycle && e.StateUnderReview == r.StateUnderReview) || skipped.Contains(r.StateUnderReview))
            {
                skipped.Add(r.StateUnderReview);
                continue;
            }
            var review = new CountryReview(Guid.NewGuid(), r.Cycle, r.Year, r.StateUnderReview, r.ReviewingStateFromGroup, r.ReviewingStateFromBox);
            review.UseChecklist(checklist);
            db.Reviews.Add(review);
            db.Tiles.AddRange(articles.Select(a => new Tile(Guid.NewGuid(), review.Id, a, null)));
            opened.Add(review.Id);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new(OpenReviewsStatus.Opened, opened, skipped);
    }
}
