using Bunit;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Components;

/// <summary>The tile panel's assignment and arrangement sections, used as the focal point would.</summary>
public sealed class TileAssignmentPanelTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SaveAssignment_AgencyExpertAndDueDateChosen_TileInAnswerWithTheExpertNamed()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(11);
        var grace = await host.UserIdAsync(SampleUsers.Expert);
        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#agencies-heading")));
        Assert.Empty(cut.FindAll($"[data-expert='{grace}']"));

        var ethics = await EthicsIdAsync(userId, tileId);
        cut.Find($"[data-agency='{ethics}']").Change(true);
        cut.Find($"[data-expert='{grace}']").Change(true);
        cut.Find("#assignment-due").Change("2027-03-01");
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save assignment").Click();

        cut.WaitForAssertion(() => Assert.Equal("Answer", cut.Find("[data-testid=tile-column]").TextContent.Trim()));
        Assert.Equal("Grace Wanjiru", cut.Find("[data-testid=named-experts]").TextContent.Trim());
        var stored = await host.RunAsync<BoardQueries, TileDetail?>(q => q.GetTileAsync(tileId, userId));
        Assert.Equal((Column.Answer, new DateOnly(2027, 3, 1)), (stored!.Tile.Column, stored.Tile.DueDate));
        Assert.Equal([grace], stored.Tile.AssignedExpertIds);
    }

    [Fact]
    public async Task MoveUp_FocalPoint_TileGoesAboveItsNeighbour()
    {
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(11);
        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#arrange-heading")));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Move up").Click();

        await WaitForAsync(async () => (await AssignColumnAsync(userId)).Take(2).SequenceEqual([11, 10]));
        Assert.Equal([11, 10], (await AssignColumnAsync(userId)).Take(2));
    }

    [Fact]
    public async Task Render_Reviewer_NoAssignmentOrOrderControls()
    {
        var userId = await host.SignInAsync(SampleUsers.Reviewer);
        var tileId = await host.TileIdAsync(55);
        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#arrange-heading")));

        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() is "Move up" or "Save assignment");
        Assert.Equal("Daniel Otieno", cut.Find("[data-testid=named-experts]").TextContent.Trim());
    }

    private async Task<Guid> EthicsIdAsync(Guid userId, Guid tileId) =>
        (await host.RunAsync<BoardQueries, TileDetail?>(q => q.GetTileAsync(tileId, userId)))!
            .Agencies.Single(a => a.Name == "Ethics and Anti-Corruption Commission").Id;

    private async Task<List<int>> AssignColumnAsync(Guid userId)
    {
        var board = await host.RunAsync<BoardQueries, BoardView?>(q => q.GetBoardAsync(host.ReviewId, userId));
        return [.. board!.Tiles.Where(t => t.Column == Column.Assign).Select(t => t.ArticleNumber)];
    }

    private static async Task WaitForAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await done() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }
}
