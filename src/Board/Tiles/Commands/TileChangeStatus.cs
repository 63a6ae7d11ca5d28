namespace Planner.Board.Tiles.Commands;

public enum TileChangeStatus
{
    Applied,
    /// <summary>No such tile, or the user has no role on its review.</summary>
    NotFound,
    /// <summary>The workflow, a rule or a plugin said no.</summary>
    Refused,
    /// <summary>Someone changed the tile first; the result carries the latest state.</summary>
    Conflict,
}
