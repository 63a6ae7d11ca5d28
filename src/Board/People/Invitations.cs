using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;

namespace Planner.Board.People;

/// <summary>Finds and redeems invitations by the token from the link.</summary>
public sealed class Invitations(PlannerDbContext db, TimeProvider clock)
{
    /// <summary>The invitation and its invitee for a token, with its state now.</summary>
    public async Task<(InvitationState State, Invitation? Invitation, User? User)> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = Invitation.HashOf(token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken).ConfigureAwait(false);
        if (invitation is null)
        {
            return (InvitationState.Unknown, null, null);
        }
        var user = await db.Users.FirstAsync(u => u.Id == invitation.UserId, cancellationToken).ConfigureAwait(false);
        return (invitation.StateAt(clock.GetUtcNow()), invitation, user);
    }

    /// <summary>Uses up the invitation. Returns its state before: only Valid means it was redeemed now.</summary>
    public async Task<InvitationState> RedeemAsync(string token, CancellationToken cancellationToken = default)
    {
        var (_, invitation, _) = await FindAsync(token, cancellationToken).ConfigureAwait(false);
        if (invitation is null)
        {
            return InvitationState.Unknown;
        }
        var state = invitation.Redeem(clock.GetUtcNow());
        if (state == InvitationState.Valid)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        return state;
    }
}
