using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Checklist;

public enum SubmissionStatus
{
    Done,
    NotFound,
    NotAllowed,
    /// <summary>Submitting: some articles have no answer yet (listed). Reopening: nothing is submitted.</summary>
    NotReady,
    AlreadySubmitted,
    ReasonRequired,
}

/// <summary>What became of a submit or reopen; the articles still unanswered when submitting too early.</summary>
public sealed record SubmissionResult(SubmissionStatus Status, ChecklistSubmission? Submission = null, IReadOnlyList<int>? MissingArticles = null);

/// <summary>
/// The focal point submits the checklist to the secretariat (S6): every article must have an
/// answer; the answers are recorded as a snapshot, and answers and contributions are frozen until
/// the checklist is reopened — by the focal point or the secretariat, with a reason, audited.
/// </summary>
public sealed class ChecklistSubmissions(PlannerDbContext db, ReviewAccess access, IBoardEvents events, TimeProvider clock, AuditActor? auditActor = null)
{
    public async Task<SubmissionResult> SubmitAsync(Guid reviewId, Guid userId, CancellationToken cancellationToken = default)
    {
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || actor.Role == ReviewRole.Stakeholder)
        {
            return new(SubmissionStatus.NotFound);
        }
        if (!BoardWorkflow.MaySubmitChecklist(actor.Role))
        {
            return new(SubmissionStatus.NotAllowed);
        }
        if (await ChecklistLock.IsSubmittedAsync(db, reviewId, cancellationToken).ConfigureAwait(false))
        {
            return new(SubmissionStatus.AlreadySubmitted);
        }
        var tiles = await db.Tiles.AsNoTracking().Where(t => t.ReviewId == reviewId).OrderBy(t => t.ArticleNumber)
            .Select(t => new { t.ArticleNumber, t.Answer, t.AnswerVersionCount }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = tiles.Where(t => string.IsNullOrWhiteSpace(t.Answer)).Select(t => t.ArticleNumber).ToList();
        if (missing.Count > 0)
        {
            return new(SubmissionStatus.NotReady, MissingArticles: missing);
        }
        auditActor?.Set(actor.UserId, actor.DisplayName);
        var number = await db.ChecklistSubmissions.CountAsync(s => s.ReviewId == reviewId, cancellationToken).ConfigureAwait(false) + 1;
        var snapshot = JsonSerializer.Serialize(tiles.Select(t => new SubmittedArticle(t.ArticleNumber, t.Answer, t.AnswerVersionCount)), ChecklistJson.Options);
        var now = clock.GetUtcNow();
        var submission = new ChecklistSubmission(reviewId, number, snapshot, actor.DisplayName, now);
        db.ChecklistSubmissions.Add(submission);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique (review, number) index lets one through.
            return new(SubmissionStatus.AlreadySubmitted);
        }
        await events.PublishAsync(new ChecklistStateChanged(reviewId, true, number, actor.DisplayName, now), cancellationToken).ConfigureAwait(false);
        return new(SubmissionStatus.Done, submission);
    }

    public async Task<SubmissionResult> ReopenAsync(Guid reviewId, string? reason, Guid userId, CancellationToken cancellationToken = default)
    {
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || actor.Role == ReviewRole.Stakeholder)
        {
            return new(SubmissionStatus.NotFound);
        }
        if (!BoardWorkflow.MaySubmitChecklist(actor.Role))
        {
            return new(SubmissionStatus.NotAllowed);
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > BoardWorkflow.MaxCommentLength)
        {
            return new(SubmissionStatus.ReasonRequired);
        }
        var open = await db.ChecklistSubmissions.FirstOrDefaultAsync(s => s.ReviewId == reviewId && s.ReopenedAt == null, cancellationToken)
            .ConfigureAwait(false);
        if (open is null)
        {
            return new(SubmissionStatus.NotReady);
        }
        auditActor?.Set(actor.UserId, actor.DisplayName);
        var now = clock.GetUtcNow();
        open.Reopen(actor.DisplayName, reason.Trim(), now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(new ChecklistStateChanged(reviewId, false, open.Number, actor.DisplayName, now), cancellationToken).ConfigureAwait(false);
        return new(SubmissionStatus.Done, open);
    }

    /// <summary>The review's submissions, newest first (for everyone on the review but stakeholders).</summary>
    public async Task<IReadOnlyList<ChecklistSubmission>?> ListAsync(Guid reviewId, Guid userId, CancellationToken cancellationToken = default)
    {
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || actor.Role == ReviewRole.Stakeholder)
        {
            return null;
        }
        return await db.ChecklistSubmissions.AsNoTracking().Where(s => s.ReviewId == reviewId).OrderByDescending(s => s.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
