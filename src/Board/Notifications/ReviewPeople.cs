using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Notifications;

/// <summary>Everyone who acts on a review, as an <see cref="Actor"/> with their e-mail: the secretariat and every participant.</summary>
public sealed class ReviewPeople(PlannerDbContext db)
{
    public async Task<IReadOnlyList<(Actor Actor, string Email)>> OnAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var secretariat = await db.Users.AsNoTracking().Where(u => u.IsSecretariat)
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var participants = await db.Participants.AsNoTracking().Where(p => p.ReviewId == reviewId)
            .Join(db.Users.Where(u => !u.IsSecretariat), p => p.UserId, u => u.Id,
                (p, u) => new { u.Id, u.DisplayName, u.Email, p.Role, p.AgencyId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [
            .. secretariat.Select(u => (new Actor(u.Id, u.DisplayName, ReviewRole.Secretariat), u.Email)),
            .. participants.Select(p => (new Actor(p.Id, p.DisplayName, p.Role, p.AgencyId), p.Email)),
        ];
    }
}
