using Planner.Board.Tiles;

namespace Planner.Board.Workflow;

/// <summary>
/// The one place that says who may change what on a board. The UI asks it to decide which
/// controls to show; the tile itself asks it before every change, so the API, the hub and the
/// UI cannot disagree.
/// </summary>
/// <remarks>
/// Forward moves follow the review: the focal point (or secretariat) sends an assigned tile to
/// be answered and hands answered tiles over for review; reviewers (or the secretariat) conclude.
/// Each forward step may be taken back one column by whoever would send it back in practice.
/// </remarks>
public static class BoardWorkflow
{
    public const int MaxAnswerLength = 100_000;
    public const int MaxCommentLength = 10_000;
    public const int MaxGroupLabelLength = 60;

    public static WorkflowDecision CanMove(Actor actor, Tile tile, Column target)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        if (target == tile.Column)
        {
            return WorkflowDecision.Refuse(Refusal.SameColumn);
        }
        if (Math.Abs((int)target - (int)tile.Column) != 1)
        {
            return WorkflowDecision.Refuse(Refusal.SkipsColumn);
        }
        if (!MayMove(actor.Role, tile.Column, target))
        {
            return WorkflowDecision.Refuse(Refusal.RoleMayNotMove);
        }
        return (tile.Column, target) switch
        {
            (Column.Assign, Column.Answer) when tile.AssignedAgencyIds.Count == 0 => WorkflowDecision.Refuse(Refusal.NoAssignee),
            (Column.Answer, Column.Review) when string.IsNullOrWhiteSpace(tile.Answer) => WorkflowDecision.Refuse(Refusal.NoAnswer),
            _ => WorkflowDecision.Allowed,
        };
    }

    /// <summary>The columns this actor may move the tile to now.</summary>
    public static IReadOnlyList<Column> AllowedTargets(Actor actor, Tile tile) =>
        Enum.GetValues<Column>().Where(c => CanMove(actor, tile, c).IsAllowed).ToList();

    public static WorkflowDecision CanEditAnswer(Actor actor, Tile tile)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        if (tile.Column is Column.Review or Column.Finalise)
        {
            return WorkflowDecision.Refuse(Refusal.AnswerLocked);
        }
        return actor.Role switch
        {
            ReviewRole.Secretariat or ReviewRole.FocalPoint => WorkflowDecision.Allowed,
            ReviewRole.AgencyExpert when actor.AgencyId is { } agency && tile.AssignedAgencyIds.Contains(agency)
                => WorkflowDecision.Allowed,
            ReviewRole.AgencyExpert => WorkflowDecision.Refuse(Refusal.NotAssignedToYourAgency),
            ReviewRole.Reviewer or ReviewRole.Observer or ReviewRole.Stakeholder => WorkflowDecision.Refuse(Refusal.RoleMayNotEditAnswer),
        };
    }

    /// <summary>
    /// An agency's contribution (G1) is written by that agency's experts, or by the focal point or
    /// secretariat on its behalf, for an agency assigned to the tile, while the tile is being answered.
    /// </summary>
    public static WorkflowDecision CanContribute(Actor actor, Tile tile, Guid agencyId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        if (tile.Column is Column.Review or Column.Finalise)
        {
            return WorkflowDecision.Refuse(Refusal.AnswerLocked);
        }
        if (!tile.AssignedAgencyIds.Contains(agencyId))
        {
            return WorkflowDecision.Refuse(Refusal.MayNotContribute);
        }
        return actor.Role switch
        {
            ReviewRole.Secretariat or ReviewRole.FocalPoint => WorkflowDecision.Allowed,
            ReviewRole.AgencyExpert when actor.AgencyId == agencyId => WorkflowDecision.Allowed,
            _ => WorkflowDecision.Refuse(Refusal.MayNotContribute),
        };
    }

    /// <summary>The focal point submits the State's checklist (S6); the secretariat may do it for the State.</summary>
    public static bool MaySubmitChecklist(ReviewRole role) => role is ReviewRole.FocalPoint or ReviewRole.Secretariat;

    /// <summary>Assigning agencies is the focal point's task (S2), until the tile goes to review.</summary>
    public static WorkflowDecision CanAssign(Actor actor, Tile tile)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        if (actor.Role is not (ReviewRole.Secretariat or ReviewRole.FocalPoint))
        {
            return WorkflowDecision.Refuse(Refusal.RoleMayNotAssign);
        }
        return tile.Column is Column.Assign or Column.Answer
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refuse(Refusal.AssignmentLocked);
    }

    /// <summary>Each named expert must belong to one of the agencies the tile is assigned to (G2).</summary>
    public static WorkflowDecision CheckAssignment(TileAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return (assignment.Experts ?? []).All(e => assignment.AgencyIds.Contains(e.AgencyId))
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refuse(Refusal.ExpertNotOfAssignedAgency);
    }

    /// <summary>Grouping, marking and ordering tiles around the State's needs (A1) is the focal point's, or the secretariat's for it.</summary>
    public static WorkflowDecision CanArrange(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is ReviewRole.Secretariat or ReviewRole.FocalPoint
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refuse(Refusal.RoleMayNotArrange);
    }

    public static WorkflowDecision CanComment(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == ReviewRole.Observer
            ? WorkflowDecision.Refuse(Refusal.RoleMayNotComment)
            : WorkflowDecision.Allowed;
    }

    /// <summary>
    /// Whether the actor may see the tile at all. Stakeholders see only what the State shared with
    /// them; to them, every other tile does not exist.
    /// </summary>
    public static bool CanSee(Actor actor, Tile tile)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        return actor.Role != ReviewRole.Stakeholder || tile.SharedWithStakeholders;
    }

    /// <summary>Sharing an article with stakeholders is the State's choice: its focal point, or the secretariat for it.</summary>
    public static WorkflowDecision CanShare(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is ReviewRole.Secretariat or ReviewRole.FocalPoint
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refuse(Refusal.RoleMayNotShare);
    }

    internal static WorkflowDecision CheckText(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return WorkflowDecision.Refuse(Refusal.EmptyText);
        }
        return text.Length > maxLength
            ? WorkflowDecision.Refuse(Refusal.TextTooLong, maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : WorkflowDecision.Allowed;
    }

    private static bool MayMove(ReviewRole role, Column from, Column to) => (from, to) switch
    {
        (Column.Assign, Column.Answer) or (Column.Answer, Column.Assign) or (Column.Answer, Column.Review)
            => role is ReviewRole.Secretariat or ReviewRole.FocalPoint,
        (Column.Review, Column.Finalise) or (Column.Review, Column.Answer)
            => role is ReviewRole.Secretariat or ReviewRole.Reviewer,
        (Column.Finalise, Column.Review) => role is ReviewRole.Secretariat,
        _ => false,
    };
}
