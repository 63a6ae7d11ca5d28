using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Planner.Board.Events;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Host.Api;
using Planner.Host.Tests.Hosting;
using Planner.Host.Tests.Realtime;

namespace Planner.Host.Tests.Api;

/// <summary>Grouping, marking and ordering tiles (A1) through PUT .../arrangement and POST .../reorder.</summary>
public sealed class ArrangementApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ArrangeTile_FocalPoint_Returns200AndTheBoardShowsGroupAndPriority()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = await focalPoint.GetTileAsync(app.TileId(12));

        using var response = await focalPoint.PutAsJsonAsync($"/api/tiles/{app.TileId(12)}/arrangement",
            new ArrangeTileRequest(" International cooperation ", true, before.Tile.Version), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);
        var shown = (await reviewer.GetBoardAsync(app.ReviewId)).Tiles.Single(t => t.ArticleNumber == 12);
        Assert.Equal(("International cooperation", true, before.Tile.Version + 1), (shown.GroupLabel, shown.Priority, shown.Version));
    }

    [Fact]
    public async Task ArrangeTile_Reviewer_Returns403AndNothingChanges()
    {
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);
        var before = await reviewer.GetTileAsync(app.TileId(12));

        using var response = await reviewer.PutAsJsonAsync($"/api/tiles/{app.TileId(12)}/arrangement",
            new ArrangeTileRequest("Mine", true, before.Tile.Version), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("RoleMayNotArrange", (await response.ReadProblemAsync()).StringExtension("refusal"));
        Assert.False((await reviewer.GetTileAsync(app.TileId(12))).Tile.Priority);
    }

    [Fact]
    public async Task ArrangeTile_LabelTooLong_Returns400NamingTheLimit()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = await focalPoint.GetTileAsync(app.TileId(12));

        using var response = await focalPoint.PutAsJsonAsync($"/api/tiles/{app.TileId(12)}/arrangement",
            new ArrangeTileRequest(new string('g', 61), false, before.Tile.Version), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("60", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReorderTile_MoveUp_Returns200AndOtherBoardsHearOfTheNewOrder()
    {
        var hub = app.HubAs(SampleUsers.Secretariat);
        await using var _ = hub;
        await hub.StartAsync();
        await hub.InvokeAsync<BoardView>("JoinBoard", app.ReviewId);
        var tileId = app.TileId(11);
        var heard = hub.NextAsync<TileArranged>("TileArranged", e => e.TileId == tileId);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = await focalPoint.GetTileAsync(tileId);

        using var response = await focalPoint.PostAsJsonAsync($"/api/tiles/{tileId}/reorder",
            new ReorderTileRequest("up", before.Tile.Version), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before.Tile.Version + 1, (await heard).Version);
        var assign = (await focalPoint.GetBoardAsync(app.ReviewId)).Tiles.Where(t => t.Column == Column.Assign).Select(t => t.ArticleNumber).ToList();
        Assert.Equal([11, 10], assign.Take(2));
    }

    [Fact]
    public async Task ReorderTile_UnknownDirection_Returns400()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostAsJsonAsync($"/api/tiles/{app.TileId(11)}/reorder",
            new ReorderTileRequest("sideways", 1), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sideways", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReorderTile_StaleVersion_Returns409AndOrderKept()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = await focalPoint.GetTileAsync(app.TileId(11));

        using var response = await focalPoint.PostAsJsonAsync($"/api/tiles/{app.TileId(11)}/reorder",
            new ReorderTileRequest("up", before.Tile.Version - 1), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var assign = (await focalPoint.GetBoardAsync(app.ReviewId)).Tiles.Where(t => t.Column == Column.Assign).Select(t => t.ArticleNumber).ToList();
        Assert.Equal([10, 11], assign.Take(2));
    }
}
