using Microsoft.EntityFrameworkCore;
using Planner.Board.Checklist;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Contributions;

/// <summary>An agency's contribution to a tile, based on the version the person started from (0 for the first).</summary>
public sealed record SaveContribution(Guid TileId, Guid AgencyId, IReadOnlyList<QuestionAnswer> Answers, bool Done, int ExpectedVersion);

/// <summary>
/// Saves an agency's contribution through the tile spine (role, visibility, audit, one event). The
/// answers must fit the review's checklist version; the checklist must not be submitted.
/// </summary>
public sealed class SaveContributionCommand(TileChangeRunner runner, PlannerDbContext db, ChecklistTemplates templates)
{
    public Task<TileChangeResult> ExecuteAsync(SaveContribution request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request.TileId, userId, async (tile, actor, now, ct) =>
        {
            var contribution = await db.Contributions.FirstOrDefaultAsync(c => c.TileId == tile.Id && c.AgencyId == request.AgencyId, ct)
                .ConfigureAwait(false);
            if ((contribution?.Version ?? 0) != request.ExpectedVersion)
            {
                return (WorkflowDecision.Refuse(Refusal.StaleVersion), null);
            }
            var decision = BoardWorkflow.CanContribute(actor, tile, request.AgencyId);
            if (decision.IsAllowed && await ChecklistLock.IsSubmittedAsync(db, tile.ReviewId, ct).ConfigureAwait(false))
            {
                decision = WorkflowDecision.Refuse(Refusal.ChecklistSubmitted);
            }
            if (decision.IsAllowed)
            {
                var questions = (await templates.ForReviewAsync(tile.ReviewId, ct).ConfigureAwait(false)).QuestionsFor(tile.ArticleNumber);
                decision = CheckAnswers(request.Answers, questions);
            }
            if (!decision.IsAllowed)
            {
                return (decision, null);
            }
            if (contribution is null)
            {
                contribution = new Contribution(tile.Id, request.AgencyId);
                db.Contributions.Add(contribution);
            }
            var answers = request.Answers.Where(a => !string.IsNullOrWhiteSpace(a.Text) || a.Choice is not null)
                .Select(a => a with { Text = a.Text.Trim() }).ToList();
            contribution.Save(answers, request.Done, actor.DisplayName, now);
            var saved = contribution;
            return (decision, t => new ContributionSaved(t.ReviewId, t.Id, t.Version, saved.AgencyId, saved.Version, saved.Done, actor.DisplayName, now));
        }, cancellationToken);
    }

    private static WorkflowDecision CheckAnswers(IReadOnlyList<QuestionAnswer> answers, IReadOnlyList<ChecklistQuestion> questions)
    {
        var byKey = questions.ToDictionary(q => q.Key);
        if (answers.Any(a => !byKey.ContainsKey(a.Key)) || answers.GroupBy(a => a.Key).Any(g => g.Count() > 1))
        {
            return WorkflowDecision.Refuse(Refusal.UnknownQuestion);
        }
        if (answers.Any(a => a.Choice is not null && (byKey[a.Key].Kind != QuestionKind.Compliance || !Enum.IsDefined(a.Choice.Value))))
        {
            return WorkflowDecision.Refuse(Refusal.UnknownQuestion);
        }
        return answers.Any(a => (a.Text?.Length ?? 0) > BoardWorkflow.MaxAnswerLength)
            ? WorkflowDecision.Refuse(Refusal.TextTooLong, BoardWorkflow.MaxAnswerLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : WorkflowDecision.Allowed;
    }
}
