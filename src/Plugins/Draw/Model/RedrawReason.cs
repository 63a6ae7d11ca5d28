namespace Planner.Plugins.Draw.Model;

/// <summary>Why a seat is redrawn (D4). Only requests by the State under review count against
/// <see cref="DrawRules.RepeatRequestsPerReview"/>.</summary>
public enum RedrawReason
{
    RequestedByStateUnderReview,
    ReviewerWithdrew,
    ReviewerPostponed,
    SecretariatDecision,
}
