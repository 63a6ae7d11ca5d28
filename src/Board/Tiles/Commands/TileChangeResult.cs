using Planner.Board.Queries;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>
/// What became of a change. <see cref="Tile"/> is the tile as it is now: after the change when
/// applied, or the latest state (with who changed it last) when refused or in conflict.
/// </summary>
public sealed record TileChangeResult(TileChangeStatus Status, TileSummary? Tile, Refusal? Refusal = null, string? Detail = null)
{
    public static TileChangeResult NotFound { get; } = new(TileChangeStatus.NotFound, null);
}
