using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Notifications;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Resources;

/// <summary>
/// The people on a tile's review as contacts: the secretariat and every participant, with role,
/// agency and e-mail. Stakeholders (civil society, academia, private sector) are outside the
/// governmental process: they see only the secretariat, with e-mail, as their point of contact,
/// and the focal point by name and role; no one else's address. No role (or a tile a stakeholder
/// may not see) is "not found".
/// </summary>
public sealed class TileContacts(PlannerDbContext db, ReviewAccess access, ReviewPeople people)
{
    public async Task<TileContactList?> ForTileAsync(Guid tileId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (await access.VisibleTileAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is not (var tile, var actor))
        {
            return null;
        }
        var everyone = await PeopleAsync(tile.ReviewId, cancellationToken).ConfigureAwait(false);
        var limited = actor.Role == ReviewRole.Stakeholder;
        IReadOnlyList<ContactView> shown = limited
            ? everyone.Where(c => c.Role is ReviewRole.Secretariat or ReviewRole.FocalPoint)
                .Select(c => c.Role == ReviewRole.Secretariat ? c : c with { Email = null }).ToList()
            : everyone;
        return new TileContactList(tile.Id, tile.ArticleNumber, shown, limited);
    }

    private async Task<List<ContactView>> PeopleAsync(Guid reviewId, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.ReviewId == reviewId)
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken).ConfigureAwait(false);
        var everyone = await people.OnAsync(reviewId, cancellationToken).ConfigureAwait(false);
        return [.. everyone
            .Select(p => new ContactView(p.Actor.DisplayName, p.Actor.Role, p.Actor.AgencyId is { } agency ? agencies.GetValueOrDefault(agency) : null, p.Email))
            .OrderBy(c => c.Role).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }
}
