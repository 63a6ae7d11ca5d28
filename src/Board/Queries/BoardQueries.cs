using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Convention;
using Planner.Board.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Queries;

/// <summary>Reads boards and tiles for one user; what the user has no role on is "not found".</summary>
public sealed class BoardQueries(PlannerDbContext db, ReviewAccess access, ConventionCatalog catalog)
{
    public async Task<IReadOnlyList<BoardSummary>> ListBoardsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var visible = await access.VisibleReviewIdsAsync(userId, cancellationToken).ConfigureAwait(false);
        var reviews = await db.Reviews.AsNoTracking().Where(r => visible.Contains(r.Id))
            .OrderBy(r => r.CycleNumber).ThenBy(r => r.Year).ThenBy(r => r.StateUnderReview)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var states = await StatesAsync(reviews.Select(r => r.StateUnderReview), cancellationToken).ConfigureAwait(false);
        var tiles = await db.Tiles.AsNoTracking().Where(t => visible.Contains(t.ReviewId))
            .Select(t => new { t.ReviewId, t.SharedWithStakeholders }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<BoardSummary>();
        foreach (var r in reviews)
        {
            var actor = await access.ActorOnReviewAsync(r.Id, userId, cancellationToken).ConfigureAwait(false);
            // Stakeholders count only what is shared with them: the rest does not exist for them.
            var count = tiles.Count(t => t.ReviewId == r.Id && (actor!.Role != ReviewRole.Stakeholder || t.SharedWithStakeholders));
            result.Add(new BoardSummary(r.Id, r.CycleNumber, r.Year, states[r.StateUnderReview], actor!.Role, count));
        }
        return result;
    }

    public async Task<BoardView?> GetBoardAsync(Guid reviewId, Guid userId, CancellationToken cancellationToken = default)
    {
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return null;
        }
        var review = await db.Reviews.AsNoTracking().FirstAsync(r => r.Id == reviewId, cancellationToken).ConfigureAwait(false);
        var states = await StatesAsync(
            [review.StateUnderReview, review.ReviewingStateFromGroup, review.ReviewingStateFromBox], cancellationToken).ConfigureAwait(false);
        var tiles = (await db.Tiles.AsNoTracking().Where(t => t.ReviewId == reviewId).OrderBy(t => t.Position).ThenBy(t => t.ArticleNumber)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Where(t => BoardWorkflow.CanSee(actor, t)).ToList();
        return new BoardView(review.Id, review.CycleNumber, review.Year,
            states[review.StateUnderReview], states[review.ReviewingStateFromGroup], states[review.ReviewingStateFromBox],
            actor.Role, await AgenciesAsync(reviewId, cancellationToken).ConfigureAwait(false),
            tiles.Select(t => TileSummary.From(t, catalog)).ToList(),
            tiles.ToDictionary(t => t.Id, t => BoardWorkflow.AllowedTargets(actor, t)))
        {
            Experts = await ExpertsAsync(actor, reviewId, cancellationToken).ConfigureAwait(false),
            YouMayArrange = BoardWorkflow.CanArrange(actor).IsAllowed,
        };
    }

    public async Task<TileDetail?> GetTileAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        var tile = await db.Tiles.AsNoTracking().AsSplitQuery()
            .Include(t => t.AnswerVersions).Include(t => t.Comments).Include(t => t.Activity)
            .FirstOrDefaultAsync(t => t.Id == tileId, cancellationToken).ConfigureAwait(false);
        if (tile is null)
        {
            return null;
        }
        var actor = await access.ActorOnReviewAsync(tile.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || !BoardWorkflow.CanSee(actor, tile))
        {
            return null;
        }
        return new TileDetail(
            TileSummary.From(tile, catalog),
            catalog.FindArticle(tile.ArticleNumber)?.TextEn ?? "",
            tile.Answer,
            tile.AnswerVersions.OrderByDescending(a => a.Number)
                .Select(a => new AnswerVersionView(a.Number, a.Text, a.AuthorName, a.SavedAt)).ToList(),
            tile.Comments.OrderBy(c => c.PostedAt).Select(c => new CommentView(c.Id, c.Text, c.AuthorName, c.PostedAt)).ToList(),
            tile.Activity.OrderByDescending(a => a.At).Select(a => new ActivityView(a.Kind, a.ActorName, a.At, a.Detail)).ToList(),
            await AgenciesAsync(tile.ReviewId, cancellationToken).ConfigureAwait(false),
            PermissionsOf(actor, tile))
        {
            Experts = await ExpertsAsync(actor, tile.ReviewId, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>The people on a review: the secretariat and every participant. Stakeholders get null.</summary>
    public async Task<IReadOnlyList<PersonView>?> GetPeopleAsync(Guid reviewId, Guid userId, CancellationToken cancellationToken = default)
    {
        var actor = await access.ActorOnReviewAsync(reviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || actor.Role == ReviewRole.Stakeholder)
        {
            return null;
        }
        var secretariat = await db.Users.AsNoTracking().Where(u => u.IsSecretariat)
            .Select(u => new PersonView(u.Id, u.DisplayName, u.Email, ReviewRole.Secretariat, null))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var participants = await (
            from p in db.Participants.AsNoTracking()
            where p.ReviewId == reviewId
            join u in db.Users on p.UserId equals u.Id
            join a in db.Agencies on p.AgencyId equals a.Id into agencies
            from a in agencies.DefaultIfEmpty()
            select new PersonView(u.Id, u.DisplayName, u.Email, p.Role, a == null ? null : a.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. secretariat.Concat(participants).OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    public static YourPermissions PermissionsOf(Actor actor, Tile tile) => new(
        actor.Role,
        BoardWorkflow.AllowedTargets(actor, tile),
        BoardWorkflow.CanEditAnswer(actor, tile).IsAllowed,
        BoardWorkflow.CanAssign(actor, tile).IsAllowed,
        BoardWorkflow.CanComment(actor).IsAllowed,
        BoardWorkflow.CanShare(actor).IsAllowed)
    {
        CanArrange = BoardWorkflow.CanArrange(actor).IsAllowed,
    };

    /// <summary>Stakeholders do not see who works on the review (as on the People page), so they get none.</summary>
    private async Task<IReadOnlyList<ExpertView>> ExpertsAsync(Actor actor, Guid reviewId, CancellationToken cancellationToken) =>
        actor.Role == ReviewRole.Stakeholder
            ? []
            : await (from p in db.Participants.AsNoTracking()
                     where p.ReviewId == reviewId && p.Role == ReviewRole.AgencyExpert && p.AgencyId != null
                     join u in db.Users on p.UserId equals u.Id
                     orderby u.DisplayName
                     select new ExpertView(u.Id, u.DisplayName, p.AgencyId!.Value))
                .ToListAsync(cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<AgencyView>> AgenciesAsync(Guid reviewId, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().Where(a => a.ReviewId == reviewId).OrderBy(a => a.Name)
            .Select(a => new AgencyView(a.Id, a.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);

    private async Task<Dictionary<string, StateView>> StatesAsync(IEnumerable<string> iso3, CancellationToken cancellationToken)
    {
        var codes = iso3.Distinct().ToList();
        return await db.States.AsNoTracking().Where(s => codes.Contains(s.Iso3))
            .ToDictionaryAsync(s => s.Iso3, s => new StateView(s.Iso3, s.Name, s.Group), cancellationToken).ConfigureAwait(false);
    }
}
