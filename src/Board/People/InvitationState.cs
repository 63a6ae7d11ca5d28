namespace Planner.Board.People;

public enum InvitationState
{
    Valid,
    Expired,
    Used,
    Unknown,
}
