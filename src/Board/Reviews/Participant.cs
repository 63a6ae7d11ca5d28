using Planner.Board.Workflow;

namespace Planner.Board.Reviews;

/// <summary>A user's role on one review. Roles are per review: one person may hold different ones.</summary>
public sealed class Participant
{
    private Participant()
    {
    }

    public Participant(Guid reviewId, Guid userId, ReviewRole role, Guid? agencyId = null)
    {
        if (role == ReviewRole.AgencyExpert && agencyId is null)
        {
            throw new ArgumentException("An agency expert belongs to an agency.", nameof(agencyId));
        }
        ReviewId = reviewId;
        UserId = userId;
        Role = role;
        AgencyId = agencyId;
    }

    public Guid ReviewId { get; private set; }

    public Guid UserId { get; private set; }

    public ReviewRole Role { get; private set; }

    /// <summary>For agency experts: the agency whose assigned tiles they answer.</summary>
    public Guid? AgencyId { get; private set; }
}
