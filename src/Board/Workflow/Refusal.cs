namespace Planner.Board.Workflow;

/// <summary>Why a change was refused. The host turns each into a localised, readable message.</summary>
public enum Refusal
{
    /// <summary>The change was based on an older version of the tile.</summary>
    StaleVersion,
    SameColumn,
    SkipsColumn,
    RoleMayNotMove,
    NoAssignee,
    NoAnswer,
    RoleMayNotEditAnswer,
    NotAssignedToYourAgency,
    AnswerLocked,
    RoleMayNotComment,
    RoleMayNotAssign,
    AssignmentLocked,
    UnknownAgency,
    RoleMayNotShare,
    EmptyText,
    TextTooLong,
    RoleMayNotUpload,
    /// <summary>Documents are added and removed only while the article is assigned or answered.</summary>
    DocumentsLocked,
    RoleMayNotDeleteDocument,
    RoleMayNotRestoreDocument,
    DocumentAlreadyDeleted,
    DocumentNotDeleted,
    FileEmpty,
    /// <summary>The file's name climbs out of its folder ("..").</summary>
    FileNameNotAllowed,
    /// <summary>The file is larger than allowed; the detail carries the limit in megabytes.</summary>
    FileTooLarge,
    /// <summary>The file's content is none of the allowed types, whatever its name says.</summary>
    FileTypeNotAllowed,
    /// <summary>Only the secretariat, the focal point and the reviewers set a review's deadlines.</summary>
    RoleMayNotAdjustDeadline,
    /// <summary>A deadline changes only with a reason, kept in its history.</summary>
    ReasonRequired,
    /// <summary>A custom deadline needs a name.</summary>
    DeadlineLabelRequired,
    /// <summary>A plugin's workflow hook said no; its reason is in the decision's detail.</summary>
    VetoedByPlugin,
    /// <summary>The checklist was submitted to the secretariat: answers are frozen until it is reopened.</summary>
    ChecklistSubmitted,
    /// <summary>An answer names a question the review's checklist does not ask for this article.</summary>
    UnknownQuestion,
    /// <summary>Only an agency assigned to the tile contributes, by its experts (or the focal point or secretariat for it).</summary>
    MayNotContribute,
    /// <summary>Only the secretariat keeps the list of resources (guidance material) shown on the tiles.</summary>
    RoleMayNotEditResources,
    /// <summary>A resource needs a title.</summary>
    ResourceTitleRequired,
    /// <summary>A resource's link must be an absolute http or https address.</summary>
    ResourceLinkNotAllowed,
    /// <summary>A resource needs a link, a short description, or both.</summary>
    ResourceNeedsLinkOrDescription,
    /// <summary>The article number is not one of the Convention's.</summary>
    UnknownArticle,
    /// <summary>The language is not one of the six UN languages.</summary>
    UnknownLanguage,
    /// <summary>A named expert is not an agency expert of this review, or not of one of the chosen agencies.</summary>
    ExpertNotOfAssignedAgency,
    /// <summary>Only the focal point or the secretariat groups, marks and orders tiles (A1).</summary>
    RoleMayNotArrange,
    /// <summary>The group label is longer than allowed; the detail carries the limit.</summary>
    GroupLabelTooLong,
    /// <summary>The tile is already the first of its column.</summary>
    AlreadyFirst,
    /// <summary>The tile is already the last of its column.</summary>
    AlreadyLast,
}
