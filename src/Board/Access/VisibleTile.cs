using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Access;

/// <summary>A tile as read for someone who may see it (untracked, without its collections), and who they are on its review.</summary>
public sealed record VisibleTile(Tile Tile, Actor Actor);
