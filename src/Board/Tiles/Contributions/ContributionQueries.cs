using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Checklist;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Contributions;

/// <summary>An agency's contribution as shown: attributed to the agency and to who saved it last.</summary>
public sealed record ContributionView(Guid AgencyId, string AgencyName, int Version, bool Done, string UpdatedBy, DateTimeOffset? UpdatedAt,
    IReadOnlyList<QuestionAnswer> Answers);

/// <summary>A tile's questions (in the asker's language) and every assigned agency's contribution, started or not.</summary>
/// <remarks><see cref="YouMayWrite"/>: the agencies the asker may write for now; <see cref="YouMayCompile"/>: whether they may
/// compile the contributions into the State's answer.</remarks>
public sealed record TileContributions(Guid TileId, int Article, int ChecklistVersion, IReadOnlyList<ChecklistQuestion> Questions,
    IReadOnlyList<ContributionView> Contributions, bool ChecklistSubmitted, IReadOnlyList<Guid> YouMayWrite, bool YouMayCompile);

public sealed class ContributionQueries(PlannerDbContext db, ReviewAccess access, ChecklistTemplates templates)
{
    /// <summary>The tile's contributions, or null when the user may not see the tile (answered as not found).</summary>
    public async Task<TileContributions?> ForTileAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await access.VisibleTileAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is not (var tile, var actor))
        {
            return null;
        }
        var reviewId = tile.ReviewId;
        var template = await templates.ForReviewAsync(reviewId, cancellationToken).ConfigureAwait(false);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.ReviewId == reviewId).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken)
            .ConfigureAwait(false);
        var saved = await db.Contributions.AsNoTracking().Where(c => c.TileId == tileId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = tile.AssignedAgencyIds.Union(saved.Select(c => c.AgencyId))
            .Select(agency => saved.FirstOrDefault(c => c.AgencyId == agency) is { } c
                ? new ContributionView(agency, agencies.GetValueOrDefault(agency, ""), c.Version, c.Done, c.UpdatedBy, c.UpdatedAt, c.Answers)
                : new ContributionView(agency, agencies.GetValueOrDefault(agency, ""), 0, false, "", null, []))
            .OrderBy(v => v.AgencyName, StringComparer.CurrentCulture)
            .ToList();
        var submitted = await ChecklistLock.IsSubmittedAsync(db, reviewId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Guid> mayWrite = submitted ? [] : [.. views.Select(v => v.AgencyId).Where(a => BoardWorkflow.CanContribute(actor, tile, a).IsAllowed)];
        var mayCompile = !submitted && actor.Role is ReviewRole.FocalPoint or ReviewRole.Secretariat && BoardWorkflow.CanEditAnswer(actor, tile).IsAllowed;
        return new(tile.Id, tile.ArticleNumber, template.Number, template.QuestionsFor(tile.ArticleNumber), views, submitted, mayWrite, mayCompile);
    }
}
