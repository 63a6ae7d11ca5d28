using AngleSharp.Dom;
using Bunit;
using Planner.Board.Queries;
using Planner.Board.Tiles.Commands;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

public sealed class AnswerDiffComponentTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task History_TwoOrMoreVersions_ShowsPreviousAgainstLatestWithInsAndDel()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(7);
        await SaveAsync(tileId, "The Act of 2017 applies to all recruitment.", userId);

        var cut = await RenderPanelAsync(tileId, userId);

        var diff = cut.Find("[data-testid=history-diff]");
        Assert.Equal("1", cut.Find("#diff-from").GetAttribute("value"));
        Assert.Equal("2", cut.Find("#diff-to").GetAttribute("value"));
        Assert.NotNull(cut.Find("label[for=diff-from]"));
        Assert.NotNull(cut.Find("label[for=diff-to]"));
        var added = diff.QuerySelectorAll("ins").Select(e => e.TextContent).ToList();
        var removed = diff.QuerySelectorAll("del").Select(e => e.TextContent).ToList();
        Assert.Contains(added, t => t.StartsWith("Added:", StringComparison.Ordinal) && t.Contains("all", StringComparison.Ordinal));
        Assert.Contains(removed, t => t.StartsWith("Removed:", StringComparison.Ordinal) && t.Contains("merit", StringComparison.Ordinal));
        Assert.All(diff.QuerySelectorAll(".diff-line"), l => Assert.Equal("auto", l.GetAttribute("dir")));
    }

    [Fact]
    public async Task History_ChoosingTheSameVersionTwice_SaysNoDifferences()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(7);
        await SaveAsync(tileId, "A second version.", userId);
        var cut = await RenderPanelAsync(tileId, userId);

        cut.Find("#diff-from").Change("2");

        var diff = cut.Find("[data-testid=history-diff]");
        Assert.Contains("No differences.", diff.TextContent, StringComparison.Ordinal);
        Assert.Empty(diff.QuerySelectorAll("ins, del"));
    }

    [Fact]
    public async Task Save_StaleVersion_RefusedAndShowsTheDiffWithTheTextKept()
    {
        var focalPoint = await host.SignInAsync(SampleUsers.FocalPoint);
        var secretariat = await host.UserIdAsync(SampleUsers.Secretariat);
        var tileId = await host.TileIdAsync(7);
        var cut = await RenderPanelAsync(tileId, focalPoint);
        Button(cut, "Edit answer").Click();
        const string mine = "Recruitment is merit-based; 2,314 appointments in 2025.";
        cut.Find("#answer-editor").Input(mine);

        await SaveAsync(tileId, "Recruitment is audited by the Commission.", secretariat);
        Button(cut, "Save answer").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=conflict-diff]")));
        Assert.Contains("Elena Marković", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        var diff = cut.Find("[data-testid=conflict-diff]");
        Assert.Contains(diff.QuerySelectorAll("ins"), e => e.TextContent.Contains("2,314", StringComparison.Ordinal));
        Assert.Contains(diff.QuerySelectorAll("del"), e => e.TextContent.Contains("audited", StringComparison.Ordinal));
        Assert.Equal(mine, cut.Find("#answer-editor").GetAttribute("value"));
        var latest = await host.RunAsync<BoardQueries, TileDetail?>(q => q.GetTileAsync(tileId, secretariat));
        Assert.Equal("Recruitment is audited by the Commission.", latest!.Answer);
    }

    [Fact]
    public async Task Editor_PreviewPressed_RendersTheMarkdownAndKeepsTheText()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var cut = await RenderPanelAsync(await host.TileIdAsync(7), userId);
        Button(cut, "Edit answer").Click();
        cut.Find("#answer-editor").Input("**2,314** appointments <script>alert(1)</script>");

        Button(cut, "Preview").Click();

        Assert.Equal("true", Button(cut, "Preview").GetAttribute("aria-pressed"));
        Assert.Equal("false", Button(cut, "Write").GetAttribute("aria-pressed"));
        var preview = cut.Find("[data-testid=answer-preview]");
        Assert.Equal("2,314", preview.QuerySelector("strong")!.TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.True(cut.Find("#answer-editor").HasAttribute("hidden"));
        Assert.Contains("public officials", cut.Find(".article-beside").TextContent, StringComparison.OrdinalIgnoreCase);

        Button(cut, "Write").Click();

        Assert.False(cut.Find("#answer-editor").HasAttribute("hidden"));
        Assert.Equal("**2,314** appointments <script>alert(1)</script>", cut.Find("#answer-editor").GetAttribute("value"));
    }

    private async Task SaveAsync(Guid tileId, string text, Guid userId)
    {
        var detail = await host.RunAsync<BoardQueries, TileDetail?>(q => q.GetTileAsync(tileId, userId));
        var saved = await host.RunAsync<SaveAnswerCommand, TileChangeResult>(c =>
            c.ExecuteAsync(new SaveAnswer(tileId, text, detail!.Tile.Version), userId));
        Assert.Equal(TileChangeStatus.Applied, saved.Status);
    }

    private Task<IRenderedComponent<TilePanel>> RenderPanelAsync(Guid tileId, Guid userId)
    {
        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#tile-panel-title")));
        return Task.FromResult(cut);
    }

    private static IElement Button(IRenderedComponent<TilePanel> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);
}
