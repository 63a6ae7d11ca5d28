using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Tiles;
using Planner.Host.Plugins;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Plugins;

public sealed class WorkflowHookTests
{
    [Fact]
    public async Task MoveTile_HookRefusesThroughTheApi_Returns400WithThePluginsReasonAndNothingMoves()
    {
        await using var app = TestPlugin.HostWith<VetoingHook>();
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(VetoingHook.Reason, problem.Detail);
        Assert.Equal("VetoedByPlugin", problem.StringExtension("refusal"));
        Assert.Equal(Column.Assign, (await client.GetTileAsync(before.Tile.Id)).Tile.Column);
    }

    [Fact]
    public async Task MoveTile_HookRefusesThroughTheHub_HubErrorCarriesTheReason()
    {
        await using var app = TestPlugin.HostWith<VetoingHook>();
        await using var hub = app.HubAs(SampleUsers.FocalPoint);
        await hub.StartAsync();
        var board = await hub.InvokeAsync<Planner.Board.Queries.BoardView>("JoinBoard", app.ReviewId);
        var tile = board.Tiles.Single(t => t.ArticleNumber == 10);

        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<object>("MoveTile", tile.Id, Column.Answer, tile.Version));

        Assert.Contains(VetoingHook.Reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveTile_HookThrows_MoveHappensAndPluginIsFaulted()
    {
        await using var app = TestPlugin.HostWith<ThrowingHook>();
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PluginStatus.Faulted, TestPlugin.Entry(app).Status);
        Assert.Contains("The plugin broke.", TestPlugin.Entry(app).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveTile_HookHangs_CutOffAfterTheTimeoutAndPluginIsFaulted()
    {
        await using var app = TestPlugin.HostWith<HangingHook>(hookTimeout: "00:00:00.300");
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PluginStatus.Faulted, TestPlugin.Entry(app).Status);
        Assert.Contains("did not answer", TestPlugin.Entry(app).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveTile_PluginSwitchedOffForTheReview_HookNotAsked()
    {
        await using var app = TestPlugin.HostWith<VetoingHook>();
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PluginSettings>().SetAsync(TestPlugin.Id, app.ReviewId, enabled: false);
        }
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MoveTile_Applied_HookIsToldAfterwards()
    {
        await using var app = TestPlugin.HostWith<RecordingHook>();
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version);

        var seen = await RecordingHook.Seen.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(before.Tile.Id, seen.TileId);
        Assert.Equal(before.Tile.Version + 1, seen.Version);
    }
}
