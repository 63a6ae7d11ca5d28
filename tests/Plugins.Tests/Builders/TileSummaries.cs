using Planner.Board.Convention;
using Planner.Board.Queries;
using Planner.Board.Tiles;

namespace Planner.Plugins.Tests.Builders;

/// <summary>Tiles as the host hands them to hooks.</summary>
internal static class TileSummaries
{
    public static readonly Guid ReviewId = new("c0000000-0000-0000-0000-000000000001");

    public static TileSummary InColumn(Column column, Guid? tileId = null) => new(
        tileId ?? Guid.NewGuid(), ReviewId, 7, 2, new LocalizedText { En = "Public sector" }, column, 5, null, [],
        HasAnswer: true, SharedWithStakeholders: false, LastChangedBy: "Sam Secretariat", LastChangedAt: null);
}
