using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Checklist.Progress;

/// <summary>
/// The progress dashboard (S4), computed from the same data the board shows, for the articles the
/// asker may see. An article is overdue when its due date has passed while it is still being
/// assigned or answered and the checklist has not been submitted.
/// </summary>
public sealed class ProgressQueries(PlannerDbContext db, ReviewAccess access, ChecklistTemplates templates, TimeProvider clock)
{
    public async Task<ReviewProgress?> ForReviewAsync(Guid reviewId, Guid userId, CancellationToken cancellationToken = default)
    {
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var template = await templates.ForReviewAsync(reviewId, cancellationToken).ConfigureAwait(false);
        var submitted = await ChecklistLock.IsSubmittedAsync(db, reviewId, cancellationToken).ConfigureAwait(false);
        var tiles = (await db.Tiles.AsNoTracking().Where(t => t.ReviewId == reviewId).OrderBy(t => t.ArticleNumber).ToListAsync(cancellationToken)
            .ConfigureAwait(false)).Where(t => BoardWorkflow.CanSee(actor, t)).ToList();
        var ids = tiles.Select(t => t.Id).ToList();
        var contributions = await db.Contributions.AsNoTracking().Where(c => ids.Contains(c.TileId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.TileId) && d.DeletedAt == null)
            .GroupBy(d => d.TileId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken)
            .ConfigureAwait(false);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.ReviewId == reviewId).OrderBy(a => a.Name).ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var tileProgress = tiles.Select(t =>
        {
            var questions = template.QuestionsFor(t.ArticleNumber);
            var mine = contributions.Where(c => c.TileId == t.Id && t.AssignedAgencyIds.Contains(c.AgencyId)).ToList();
            var answered = questions.Count(q => mine.Any(c => c.Answers.Any(a => a.Key == q.Key && (a.Choice is not null || a.Text.Length > 0))));
            return new TileProgress(t.Id, t.ArticleNumber, t.Column, questions.Count, answered, !string.IsNullOrWhiteSpace(t.Answer),
                documents.GetValueOrDefault(t.Id), t.AssignedAgencyIds.Count, mine.Count(c => c.Done), t.DueDate, IsOverdue(t, today, submitted));
        }).ToList();

        var agencyProgress = agencies.Select(a =>
        {
            var theirs = tiles.Where(t => t.AssignedAgencyIds.Contains(a.Id)).ToList();
            var their = contributions.Where(c => c.AgencyId == a.Id && theirs.Any(t => t.Id == c.TileId)).ToList();
            var questions = theirs.Sum(t => template.QuestionsFor(t.ArticleNumber).Count);
            var answered = their.Sum(c => c.Answers.Count(x => x.Choice is not null || x.Text.Length > 0));
            return new AgencyProgress(a.Id, a.Name, theirs.Count, their.Count(c => c.Done), answered, questions,
                theirs.Count(t => IsOverdue(t, today, submitted) && their.All(c => c.TileId != t.Id || !c.Done)));
        }).Where(a => a.Articles > 0).ToList();

        return new ReviewProgress(reviewId, today, tileProgress, agencyProgress, submitted);
    }

    private static bool IsOverdue(Tile tile, DateOnly today, bool submitted) =>
        !submitted && tile.DueDate is { } due && due < today && tile.Column is Column.Assign or Column.Answer;
}
