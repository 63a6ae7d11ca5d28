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
    /// <summary>A plugin's workflow hook said no; its reason is in the decision's detail.</summary>
    VetoedByPlugin,
}
