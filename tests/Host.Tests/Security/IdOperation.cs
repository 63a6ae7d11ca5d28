namespace Planner.Host.Tests.Security;

/// <summary>Every door that takes a review or tile id, for the IDOR tests.</summary>
public enum IdOperation
{
    ApiGetBoard,
    ApiGetTile,
    ApiMove,
    ApiSaveAnswer,
    ApiAssignAgencies,
    ApiAddComment,
    HubJoinBoard,
    HubMoveTile,
    HubSaveAnswer,
    HubAddComment,
    HubEditing,
    BoardPage,
    PeoplePage,
}
