using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
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
public sealed class TileContacts(PlannerDbContext db, ReviewAccess access)
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
        var secretariat = await db.Users.AsNoTracking().Where(u => u.IsSecretariat)
            .Select(u => new ContactView(u.DisplayName, ReviewRole.Secretariat, null, u.Email))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var participants = await (
            from p in db.Participants.AsNoTracking()
            where p.ReviewId == reviewId
            join u in db.Users on p.UserId equals u.Id
            where !u.IsSecretariat
            join a in db.Agencies on p.AgencyId equals a.Id into agencies
            from a in agencies.DefaultIfEmpty()
            select new ContactView(u.DisplayName, p.Role, a == null ? null : a.Name, u.Email))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. secretariat.Concat(participants).OrderBy(c => c.Role).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }
}
