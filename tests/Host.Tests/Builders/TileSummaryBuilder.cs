using Planner.Board.Convention;
using Planner.Board.Queries;
using Planner.Board.Tiles;

namespace Planner.Host.Tests.Builders;

/// <summary>A tile as a board shows it, for components that only display one.</summary>
internal sealed class TileSummaryBuilder
{
    private int article = 5;
    private string title = "Preventive anti-corruption policies and practices";
    private Column column = Column.Assign;

    public TileSummaryBuilder ForArticle(int number, string articleTitle)
    {
        article = number;
        title = articleTitle;
        return this;
    }

    public TileSummaryBuilder InColumn(Column target)
    {
        column = target;
        return this;
    }

    public TileSummary Build() => new(
        Guid.NewGuid(), Guid.NewGuid(), article, 2, new LocalizedText { En = title }, column, Version: 1,
        new DateOnly(2026, 12, 15), [], HasAnswer: false, SharedWithStakeholders: false, LastChangedBy: "", LastChangedAt: null);
}
