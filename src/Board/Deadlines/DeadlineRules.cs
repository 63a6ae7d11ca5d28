using Planner.Board.Workflow;

namespace Planner.Board.Deadlines;

/// <summary>
/// Who may set a review's deadlines (K2: "adjustable by the three States parties involved"):
/// the secretariat, the focal point of the State under review, and the reviewers acting for the
/// two reviewing States. Agency experts, observers and stakeholders see them but may not change them.
/// </summary>
public static class DeadlineRules
{
    public static WorkflowDecision CanAdjust(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            ReviewRole.Secretariat or ReviewRole.FocalPoint or ReviewRole.Reviewer => WorkflowDecision.Allowed,
            ReviewRole.AgencyExpert or ReviewRole.Observer or ReviewRole.Stakeholder => WorkflowDecision.Refuse(Refusal.RoleMayNotAdjustDeadline),
        };
    }

    public static WorkflowDecision CheckReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return WorkflowDecision.Refuse(Refusal.ReasonRequired);
        }
        return reason.Trim().Length > ReviewDeadline.MaxReasonLength
            ? WorkflowDecision.Refuse(Refusal.TextTooLong, ReviewDeadline.MaxReasonLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : WorkflowDecision.Allowed;
    }

    internal static WorkflowDecision CheckNew(DeadlineKind kind, string? label)
    {
        if (!Enum.IsDefined(kind) || (kind == DeadlineKind.Custom && string.IsNullOrWhiteSpace(label)))
        {
            return WorkflowDecision.Refuse(Refusal.DeadlineLabelRequired);
        }
        return label is not null && label.Trim().Length > ReviewDeadline.MaxLabelLength
            ? WorkflowDecision.Refuse(Refusal.TextTooLong, ReviewDeadline.MaxLabelLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : WorkflowDecision.Allowed;
    }
}
