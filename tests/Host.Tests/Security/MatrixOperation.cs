namespace Planner.Host.Tests.Security;

/// <summary>The rows of the permission matrix: what is tried, through which door, on which tile of a <see cref="ReviewWorld"/>.</summary>
public enum MatrixOperation
{
    /// <summary>GET /api/boards/{review}.</summary>
    ApiGetBoard,

    /// <summary>GET /api/tiles/{answer tile}.</summary>
    ApiGetTile,

    /// <summary>POST /api/tiles/{assigned tile}/move, Assign → Answer.</summary>
    ApiMoveToAnswer,

    /// <summary>POST /api/tiles/{unassigned tile}/move, Assign → Answer: no agency yet.</summary>
    ApiMoveUnassignedToAnswer,

    /// <summary>PUT /api/tiles/{answer tile}/answer: a tile in Answer assigned to agency X.</summary>
    ApiSaveAnswer,

    /// <summary>PUT /api/tiles/{locked tile}/answer: a tile in Review, whose answer is locked.</summary>
    ApiSaveLockedAnswer,

    /// <summary>POST /api/tiles/{answer tile}/comments.</summary>
    ApiAddComment,

    /// <summary>PUT /api/tiles/{assigned tile}/agencies with agencies X and Y.</summary>
    ApiAssignAgencies,

    /// <summary>PUT /api/tiles/{answer tile}/arrangement with a group label and the priority mark (A1).</summary>
    ApiArrangeTile,

    /// <summary>POST /api/tiles/{answer tile}/reorder, up: above the unshared tile in Answer.</summary>
    ApiReorderTile,

    HubJoinBoard,
    HubMoveToAnswer,
    HubSaveAnswer,
    HubAddComment,
}
