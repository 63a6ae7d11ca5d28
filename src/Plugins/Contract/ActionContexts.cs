using Planner.Board.Queries;
using Planner.Board.Workflow;

namespace Planner.Plugins;

/// <summary>Who is looking at which tile, for a tile action.</summary>
/// <param name="Actor">The person, with their role on the review.</param>
/// <param name="Tile">The tile as it is now.</param>
public sealed record TileActionContext(Actor Actor, TileSummary Tile);

/// <summary>Who is looking at which board, for a board action.</summary>
/// <param name="Actor">The person, with their role on the review.</param>
/// <param name="ReviewId">The review whose board it is.</param>
public sealed record BoardActionContext(Actor Actor, Guid ReviewId);
