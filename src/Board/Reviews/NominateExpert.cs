using Planner.Board.Workflow;

namespace Planner.Board.Reviews;

/// <summary>Nominate a person to a review with a role (and, for agency experts, their agency).</summary>
public sealed record NominateExpert(Guid ReviewId, string Name, string Email, ReviewRole Role, Guid? AgencyId);

/// <summary>The outcome of a nomination: the invitation token to send (shown once), or why not.</summary>
public sealed record NominationResult(NominationStatus Status, Guid? UserId = null, string? InvitationToken = null);

public enum NominationStatus
{
    Nominated,
    NotFound,
    NotAllowed,
    Invalid,
    AlreadyOnReview,
}
