using Microsoft.EntityFrameworkCore;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Notifications;

/// <summary>
/// Works out who should hear of a board event: the experts of a newly assigned agency and the
/// experts newly named on a tile, whoever
/// acts in the column a tile arrived in, the people a comment mentions. Never the person who made
/// the change, and never anyone who may not see the tile (<see cref="BoardWorkflow.CanSee"/>).
/// </summary>
public sealed class NotificationRecipients(PlannerDbContext db, ReviewPeople reviewPeople)
{
    public async Task<IReadOnlyList<Notice>> ForAsync(BoardEvent boardEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boardEvent);
        if (boardEvent is not (TileAssigned or TileMoved or CommentAdded) || boardEvent is not TileEvent change)
        {
            return [];
        }
        var tile = await db.Tiles.AsNoTracking().FirstOrDefaultAsync(t => t.Id == change.TileId, cancellationToken).ConfigureAwait(false);
        if (tile is null)
        {
            return [];
        }
        var people = (await reviewPeople.OnAsync(tile.ReviewId, cancellationToken).ConfigureAwait(false))
            .Where(p => p.Actor.UserId != change.ByUserId && BoardWorkflow.CanSee(p.Actor, tile))
            .ToList();
        return change switch
        {
            // One notice per person: a named expert whose agency is also newly assigned hears of it once.
            TileAssigned assigned => people
                .Where(p => p.Actor.Role == ReviewRole.AgencyExpert
                    && ((p.Actor.AgencyId is { } agency && assigned.AddedAgencyIds.Contains(agency)) || assigned.AddedExpertIds.Contains(p.Actor.UserId)))
                .DistinctBy(p => p.Actor.UserId)
                .Select(p => Notice(p.Actor, NotificationKind.TileAssigned, tile, $"assigned:{tile.Id}:{assigned.Version}", change.By))
                .ToList(),
            TileMoved moved => people.Where(p => ActsIn(p.Actor, moved.To, tile))
                .Select(p => Notice(p.Actor, NotificationKind.TileMoved, tile, $"moved:{tile.Id}:{moved.Version}", change.By, moved.To.ToString()))
                .ToList(),
            CommentAdded comment => Mentions.In(comment.Text, people.Select(p => (p.Actor.UserId, p.Actor.DisplayName, p.Email)))
                .Select(id => people.First(p => p.Actor.UserId == id))
                .Select(p => Notice(p.Actor, NotificationKind.Mentioned, tile, $"mention:{comment.CommentId}", change.By, comment.Text))
                .ToList(),
            _ => [],
        };
    }

    /// <summary>Who acts in a column: the focal point assigns, the agencies' experts answer, reviewers review, the secretariat finalises.</summary>
    public static bool ActsIn(Actor actor, Column column, Tile tile)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        return column switch
        {
            Column.Assign => actor.Role == ReviewRole.FocalPoint,
            Column.Answer => actor.Role == ReviewRole.AgencyExpert && actor.AgencyId is { } agency && tile.AssignedAgencyIds.Contains(agency),
            Column.Review => actor.Role == ReviewRole.Reviewer,
            Column.Finalise => actor.Role == ReviewRole.Secretariat,
        };
    }

    private static Notice Notice(Actor to, NotificationKind kind, Tile tile, string key, string by, string detail = "") =>
        new(to.UserId, kind, tile.ReviewId, key, by, tile.Id, tile.ArticleNumber, Detail: detail,
            DueDate: tile.DueDate);
}
