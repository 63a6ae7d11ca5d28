using Bunit;
using Planner.Board.Queries;
using Planner.Board.Tiles.Commands;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

public sealed class TilePanelTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Render_Article5_ShowsTheAnswerAsMarkdown()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);

        var cut = await RenderPanelAsync(5, userId);

        var answer = cut.Find("[data-testid=answer]");
        Assert.Equal("National Ethics and Anti-Corruption Policy", answer.QuerySelector("strong")!.TextContent);
        Assert.Equal(2, answer.QuerySelectorAll("ul > li").Length);
    }

    [Fact]
    public async Task Render_AnswerWithRawHtml_ShowsItAsText()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(7);
        var version = await CurrentVersionAsync(tileId);
        var saved = await host.RunAsync<SaveAnswerCommand, TileChangeResult>(c =>
            c.ExecuteAsync(new SaveAnswer(tileId, "Merit-based. <script>alert(1)</script> <img src=x onerror=alert(2)>", version), userId));
        Assert.Equal(TileChangeStatus.Applied, saved.Status);

        var cut = await RenderPanelAsync(7, userId);

        var answer = cut.Find("[data-testid=answer]");
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("<script>alert(1)</script>", answer.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FocalPointOnTileInAnswer_ShowsEditAnswer()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);

        var cut = await RenderPanelAsync(7, userId);

        Assert.NotNull(EditAnswerButton(cut));
    }

    [Fact]
    public async Task Render_ReviewerOnTileInAnswer_ShowsNoEditAnswer()
    {
        var userId = await host.SignInAsync(SampleUsers.Reviewer);

        var cut = await RenderPanelAsync(7, userId);

        Assert.Null(EditAnswerButton(cut));
        Assert.NotNull(cut.Find("[data-testid=answer]"));
    }

    private async Task<IRenderedComponent<TilePanel>> RenderPanelAsync(int article, Guid userId)
    {
        var tileId = await host.TileIdAsync(article);
        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#tile-panel-title")));
        return cut;
    }

    private async Task<int> CurrentVersionAsync(Guid tileId)
    {
        var secretariat = await host.UserIdAsync(SampleUsers.Secretariat);
        var detail = await host.RunAsync<BoardQueries, TileDetail?>(q => q.GetTileAsync(tileId, secretariat));
        return detail!.Tile.Version;
    }

    private static AngleSharp.Dom.IElement? EditAnswerButton(IRenderedComponent<TilePanel> cut) =>
        cut.FindAll("button").SingleOrDefault(b => b.TextContent.Trim() == "Edit answer");
}
