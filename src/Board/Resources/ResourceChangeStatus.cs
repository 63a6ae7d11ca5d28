namespace Planner.Board.Resources;

public enum ResourceChangeStatus
{
    Applied,
    /// <summary>No such resource, or it was removed.</summary>
    NotFound,
    /// <summary>Not the secretariat, or the resource is invalid (no title, a link that is not http(s), …).</summary>
    Refused,
    /// <summary>Someone changed the resource first; the result carries the latest state.</summary>
    Conflict,
}
