using System.Globalization;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Documents;

/// <summary>
/// Who may do what with a tile's documents; the UI asks the same rules to decide what to show.
/// The State under review's side (focal point, agency experts of an assigned agency) and the
/// secretariat add and remove documents while the article is assigned or answered; the
/// secretariat may also remove one later (say, a file sent by mistake) and is the only one who
/// sees and restores removed documents. Everyone with a role on the review reads them.
/// </summary>
public static class DocumentRules
{
    public const long DefaultMaxFileSize = 20 * 1024 * 1024;

    public static WorkflowDecision CanUpload(Actor actor, Tile tile)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        var role = RoleDecision(actor, tile, Refusal.RoleMayNotUpload);
        if (!role.IsAllowed)
        {
            return role;
        }
        return IsOpen(tile) ? WorkflowDecision.Allowed : WorkflowDecision.Refuse(Refusal.DocumentsLocked);
    }

    public static WorkflowDecision CanDelete(Actor actor, Tile tile, TileDocument document)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(document);
        var role = RoleDecision(actor, tile, Refusal.RoleMayNotDeleteDocument);
        if (!role.IsAllowed)
        {
            return role;
        }
        if (document.IsDeleted)
        {
            return WorkflowDecision.Refuse(Refusal.DocumentAlreadyDeleted);
        }
        return IsOpen(tile) || actor.Role == ReviewRole.Secretariat
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refuse(Refusal.DocumentsLocked);
    }

    public static WorkflowDecision CanRestore(Actor actor, TileDocument document)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(document);
        if (actor.Role != ReviewRole.Secretariat)
        {
            return WorkflowDecision.Refuse(Refusal.RoleMayNotRestoreDocument);
        }
        return document.IsDeleted ? WorkflowDecision.Allowed : WorkflowDecision.Refuse(Refusal.DocumentNotDeleted);
    }

    /// <summary>Every role reads a tile's documents; removed ones only the secretariat sees.</summary>
    public static bool CanSee(Actor actor, TileDocument document)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(document);
        return !document.IsDeleted || actor.Role == ReviewRole.Secretariat;
    }

    /// <summary>Refuses an empty file or one over <paramref name="maxSize"/> bytes.</summary>
    public static WorkflowDecision CheckSize(long size, long maxSize)
    {
        if (size <= 0)
        {
            return WorkflowDecision.Refuse(Refusal.FileEmpty);
        }
        return size > maxSize
            ? WorkflowDecision.Refuse(Refusal.FileTooLarge, Megabytes(maxSize))
            : WorkflowDecision.Allowed;
    }

    /// <summary>The limit as people read it: "20" for 20 MB, "0.5" for 512 KB.</summary>
    public static string Megabytes(long bytes) =>
        Math.Round(bytes / (1024.0 * 1024.0), 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static bool IsOpen(Tile tile) => tile.Column is Column.Assign or Column.Answer;

    private static WorkflowDecision RoleDecision(Actor actor, Tile tile, Refusal refusal) => actor.Role switch
    {
        ReviewRole.Secretariat or ReviewRole.FocalPoint => WorkflowDecision.Allowed,
        ReviewRole.AgencyExpert when actor.AgencyId is { } agency && tile.AssignedAgencyIds.Contains(agency)
            => WorkflowDecision.Allowed,
        ReviewRole.AgencyExpert => WorkflowDecision.Refuse(Refusal.NotAssignedToYourAgency),
        ReviewRole.Reviewer or ReviewRole.Observer or ReviewRole.Stakeholder => WorkflowDecision.Refuse(refusal),
    };
}
