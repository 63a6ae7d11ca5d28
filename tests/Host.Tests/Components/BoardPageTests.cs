using Bunit;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

public sealed class BoardPageTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Render_FocalPoint_ShowsFourColumnsWithTheirTiles()
    {
        await host.SignInAsync(SampleUsers.FocalPoint);

        var cut = host.Bunit.Render<BoardPage>(p => p.Add(c => c.ReviewId, host.ReviewId));

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll(".board-column").Count));
        var columns = cut.FindAll(".board-column");
        Assert.Equal(["Assign", "Answer", "Review", "Finalise"], columns.Select(c => c.QuerySelector("h2")!.FirstChild!.TextContent.Trim()));
        Assert.Equal([10, 6, 2, 1], columns.Select(c => c.QuerySelectorAll(".tile-list > li").Length));
        Assert.Equal(["10", "6", "2", "1"], columns.Select(c => c.QuerySelector("h2 .count")!.TextContent));
    }

    [Fact]
    public async Task FilterGroup_AssetRecoveryChosen_OnlyItsTilesShown()
    {
        await host.SignInAsync(SampleUsers.Reviewer);
        var cut = host.Bunit.Render<BoardPage>(p => p.Add(c => c.ReviewId, host.ReviewId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#group-filter")));
        Assert.Equal("Show group", cut.Find("label[for=group-filter]").TextContent.Trim());

        cut.Find("#group-filter").Change("Asset recovery");

        // The page may still be finishing its first load (joining presence), so the change is handled after it: wait for its render.
        cut.WaitForAssertion(() => Assert.Equal([51, 52, 55, 57, 58], cut.FindAll("article[data-tile-article]")
            .Select(a => int.Parse(a.GetAttribute("data-tile-article")!, System.Globalization.CultureInfo.InvariantCulture)).Order()));
    }

    [Fact]
    public async Task Render_UnknownBoard_ShowsNotFound()
    {
        await host.SignInAsync(SampleUsers.FocalPoint);

        var cut = host.Bunit.Render<BoardPage>(p => p.Add(c => c.ReviewId, Guid.NewGuid()));

        cut.WaitForAssertion(() => Assert.Equal("Not found", cut.Find("h1").TextContent));
        Assert.Empty(cut.FindAll(".board-column"));
    }
}
