using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Reviews;

/// <summary>
/// The secretariat nominates an expert for a review with a role; the expert gets a one-time
/// invitation link (valid for <see cref="Invitation.Lifetime"/>) to set a password.
/// </summary>
public sealed class NominateExpertCommand(PlannerDbContext db, ReviewAccess access, TimeProvider clock, AuditActor? auditActor = null)
{
    public async Task<NominationResult> ExecuteAsync(NominateExpert request, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actor = await access.ActorOnReviewAsync(request.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            return new(NominationStatus.NotFound);
        }
        if (actor.Role != ReviewRole.Secretariat)
        {
            return new(NominationStatus.NotAllowed);
        }
        if (!IsValid(request) || (request.AgencyId is { } agency
            && !await db.Agencies.AnyAsync(a => a.Id == agency && a.ReviewId == request.ReviewId, cancellationToken).ConfigureAwait(false)))
        {
            return new(NominationStatus.Invalid);
        }
        auditActor?.Set(actor.UserId, actor.DisplayName);
        var email = request.Email.Trim().ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == email, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            user = new User(Guid.NewGuid(), request.Name, email, isSecretariat: false);
            db.Users.Add(user);
        }
        else if (await db.Participants.AnyAsync(p => p.ReviewId == request.ReviewId && p.UserId == user.Id, cancellationToken).ConfigureAwait(false))
        {
            return new(NominationStatus.AlreadyOnReview, user.Id);
        }
        db.Participants.Add(new Participant(request.ReviewId, user.Id, request.Role,
            request.Role == ReviewRole.AgencyExpert ? request.AgencyId : null));
        var (invitation, token) = Invitation.Create(user.Id, request.ReviewId, actor.DisplayName, clock.GetUtcNow());
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new(NominationStatus.Nominated, user.Id, token);
    }

    private static bool IsValid(NominateExpert request) =>
        !string.IsNullOrWhiteSpace(request.Name) && request.Name.Length <= 200
        && MailAddress.TryCreate(request.Email?.Trim(), out _) && request.Email.Length <= 254
        && Enum.IsDefined(request.Role) && request.Role != ReviewRole.Secretariat
        && (request.Role != ReviewRole.AgencyExpert || request.AgencyId is not null);
}
