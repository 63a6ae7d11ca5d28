using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Tiles;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Builders;

namespace Planner.Host.Tests.Components;

public sealed class TileCardTests : IDisposable
{
    private readonly BunitContext bunit = new();

    // The builder's tiles are due on 15 December 2026.
    private readonly Builders.StoppedClock clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    public TileCardTests()
    {
        bunit.Services.AddLocalization();
        bunit.Services.AddSingleton<TimeProvider>(clock);
        bunit.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public void Dispose() => bunit.Dispose();

    [Fact]
    public void Render_Tile_ShowsArticleNumberAndTitle()
    {
        var tile = new TileSummaryBuilder().ForArticle(5, "Preventive anti-corruption policies and practices").Build();

        var cut = bunit.Render<TileCard>(p => p.Add(c => c.Tile, tile).Add(c => c.Moves, []).Add(c => c.Agencies, []));

        var heading = cut.Find(".tile-title");
        Assert.Contains("Article 5", heading.TextContent, StringComparison.Ordinal);
        Assert.Contains("Preventive anti-corruption policies and practices", heading.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Column.Assign, 14, false)]
    [InlineData(Column.Review, 16, true)]
    [InlineData(Column.Finalise, 16, false)]
    public void Render_DueDatePassed_OverdueUnlessFinalised(Column column, int day, bool overdue)
    {
        clock.Now = new DateTimeOffset(2026, 12, day, 9, 0, 0, TimeSpan.Zero);

        var cut = bunit.Render<TileCard>(p => p.Add(c => c.Tile, new TileSummaryBuilder().InColumn(column).Build())
            .Add(c => c.Moves, []).Add(c => c.Agencies, []));

        Assert.Equal(overdue, cut.FindAll("[data-overdue]").Count == 1);
    }

    [Fact]
    public void Render_GroupPriorityAndNamedExpert_ShownOnTheCard()
    {
        var expert = new Planner.Board.Queries.ExpertView(Guid.NewGuid(), "Grace Wanjiru", Guid.NewGuid());
        var other = new Planner.Board.Queries.ExpertView(Guid.NewGuid(), "Daniel Otieno", Guid.NewGuid());
        var tile = new TileSummaryBuilder().Build() with { GroupLabel = "International cooperation", Priority = true, AssignedExpertIds = [expert.UserId] };

        var cut = bunit.Render<TileCard>(p => p.Add(c => c.Tile, tile).Add(c => c.Moves, []).Add(c => c.Agencies, [])
            .Add(c => c.Experts, [expert, other]));

        Assert.Equal("Group: International cooperation", cut.Find("[data-group]").TextContent.Trim());
        Assert.Equal("Priority", cut.Find("[data-priority]").TextContent.Trim());
        Assert.Equal("Grace Wanjiru", cut.Find("[data-testid=card-experts]").TextContent.Trim());
    }

    [Fact]
    public void Render_NoArrangementNorExpert_NoMarkers()
    {
        var cut = bunit.Render<TileCard>(p => p.Add(c => c.Tile, new TileSummaryBuilder().Build()).Add(c => c.Moves, []).Add(c => c.Agencies, []));

        Assert.Empty(cut.FindAll("[data-group], [data-priority], [data-testid=card-experts]"));
    }

    [Fact]
    public void Render_NoMoves_HasNoMoveButton()
    {
        var cut = bunit.Render<TileCard>(p => p.Add(c => c.Tile, new TileSummaryBuilder().Build()).Add(c => c.Moves, []).Add(c => c.Agencies, []));

        Assert.Null(MoveButton(cut));
        Assert.Equal("false", cut.Find("article").GetAttribute("draggable"));
    }

    [Fact]
    public void Render_WithMoves_HasMoveButton()
    {
        var cut = bunit.Render<TileCard>(p => p
            .Add(c => c.Tile, new TileSummaryBuilder().InColumn(Column.Answer).Build())
            .Add(c => c.Moves, [Column.Assign, Column.Review]).Add(c => c.Agencies, []));

        Assert.NotNull(MoveButton(cut));
    }

    [Fact]
    public void ClickMoveTo_ListsAllowedColumns_ClickingOneRaisesOnMove()
    {
        var tile = new TileSummaryBuilder().InColumn(Column.Answer).Build();
        (Guid TileId, Column Target)? raised = null;
        var cut = bunit.Render<TileCard>(p => p
            .Add(c => c.Tile, tile)
            .Add(c => c.Moves, [Column.Assign, Column.Review])
            .Add(c => c.Agencies, [])
            .Add(c => c.OnMove, ((Guid, Column) move) => raised = move));

        MoveButton(cut)!.Click();
        var targets = cut.FindAll("[data-move-to]");
        Assert.Equal(["Assign", "Review"], targets.Select(b => b.GetAttribute("data-move-to")));
        Assert.Equal(["Assign", "Review"], targets.Select(b => b.TextContent.Trim()));
        targets[1].Click();

        Assert.Equal((tile.Id, Column.Review), raised);
        Assert.Empty(cut.FindAll("[data-move-to]"));
    }

    private static AngleSharp.Dom.IElement? MoveButton(IRenderedComponent<TileCard> cut) =>
        cut.FindAll("button").SingleOrDefault(b => b.TextContent.Trim() == "Move to…");
}
