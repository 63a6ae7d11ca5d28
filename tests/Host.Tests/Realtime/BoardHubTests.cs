using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Planner.Board.Events;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Documents;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Realtime;

public sealed class BoardHubTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();
    private readonly List<HubConnection> connections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Start_NotSignedIn_RefusedWith401()
    {
        var anonymous = app.AnonymousHub();
        connections.Add(anonymous);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task JoinBoard_FocalPoint_ReturnsTheBoard()
    {
        var focalPoint = await ConnectAsync(SampleUsers.FocalPoint);

        var board = await focalPoint.InvokeAsync<BoardView>("JoinBoard", app.ReviewId);

        Assert.Equal(app.ReviewId, board.ReviewId);
        Assert.Equal(19, board.Tiles.Count);
    }

    [Fact]
    public async Task UploadDocument_ViaApi_BoardReceivesDocumentsChanged()
    {
        var reviewer = await JoinAsync(SampleUsers.Reviewer);
        var tileId = app.TileId(13);
        var received = reviewer.NextAsync<DocumentsChanged>("DocumentsChanged", e => e.TileId == tileId);
        using var expert = app.ClientAs(SampleUsers.Expert);

        using var response = await expert.UploadAsync(tileId, "law.pdf", DocumentFiles.Pdf);

        var change = await received;
        Assert.Equal((DocumentChange.Added, "Grace Wanjiru"), (change.Change, change.By));
        Assert.Equal((await TileAsync(tileId)).Version, change.Version);
    }

    [Fact]
    public async Task MoveTile_ViaHub_OtherClientReceivesTileMovedWithNewVersion()
    {
        var focalPoint = await JoinAsync(SampleUsers.FocalPoint);
        var secretariat = await JoinAsync(SampleUsers.Secretariat);
        var tileId = app.TileId(10);
        var before = await TileAsync(tileId);
        var received = secretariat.NextAsync<TileMoved>("TileMoved", e => e.TileId == tileId);

        var moved = await focalPoint.InvokeAsync<TileSummary>("MoveTile", tileId, Column.Answer, before.Version);

        var change = await received;
        Assert.Equal(Column.Answer, moved.Column);
        Assert.Equal(Column.Assign, change.From);
        Assert.Equal(Column.Answer, change.To);
        Assert.Equal(before.Version + 1, change.Version);
        Assert.Equal(moved.Version, change.Version);
        Assert.Equal(SampleUsers.FocalPointName, change.By);
    }

    [Fact]
    public async Task MoveTile_ViaApi_ReachesHubClients()
    {
        var secretariat = await JoinAsync(SampleUsers.Secretariat);
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var tileId = app.TileId(10);
        var before = await TileAsync(tileId);
        var received = secretariat.NextAsync<TileMoved>("TileMoved", e => e.TileId == tileId);

        using var response = await client.MoveAsync(tileId, Column.Answer, before.Version);

        response.EnsureSuccessStatusCode();
        var change = await received;
        Assert.Equal(Column.Answer, change.To);
        Assert.Equal(before.Version + 1, change.Version);
    }

    [Fact]
    public async Task SaveAnswerAndAddComment_ViaApi_ReachHubClients()
    {
        var secretariat = await JoinAsync(SampleUsers.Secretariat);
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var tileId = app.TileId(7);
        var before = await TileAsync(tileId);
        var answered = secretariat.NextAsync<AnswerSaved>("AnswerSaved", e => e.TileId == tileId);
        var commented = secretariat.NextAsync<CommentAdded>("CommentAdded", e => e.TileId == tileId);

        (await client.SaveAnswerAsync(tileId, "Updated answer.", before.Version)).EnsureSuccessStatusCode();
        (await client.AddCommentAsync(tileId, "Statistics follow next week.")).EnsureSuccessStatusCode();

        Assert.Equal(before.Version + 1, (await answered).Version);
        Assert.Equal("Statistics follow next week.", (await commented).Text);
    }

    [Fact]
    public async Task MoveTile_StaleVersion_ThrowsHubExceptionAndKeepsTheVersion()
    {
        var focalPoint = await JoinAsync(SampleUsers.FocalPoint);
        var tileId = app.TileId(10);
        var before = await TileAsync(tileId);

        var error = await Assert.ThrowsAsync<HubException>(() =>
            focalPoint.InvokeAsync<TileSummary>("MoveTile", tileId, Column.Answer, before.Version - 1));

        Assert.Contains($"version {before.Version}", error.Message, StringComparison.Ordinal);
        var after = await TileAsync(tileId);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(Column.Assign, after.Column);
    }

    [Fact]
    public async Task MoveTile_RoleMayNot_ThrowsHubException()
    {
        var reviewer = await JoinAsync(SampleUsers.Reviewer);
        var tileId = app.TileId(10);
        var before = await TileAsync(tileId);

        await Assert.ThrowsAsync<HubException>(() => reviewer.InvokeAsync<TileSummary>("MoveTile", tileId, Column.Answer, before.Version));

        Assert.Equal(Column.Assign, (await TileAsync(tileId)).Column);
    }

    [Fact]
    public async Task JoinBoard_UserWithNoRole_ThrowsAndReceivesNoEventsOfTheBoard()
    {
        var outsider = await ConnectAsync(app.AddUserWithoutRole());
        var outsiderMoves = outsider.Record<TileMoved>("TileMoved");
        var outsiderPresence = outsider.Record<PresenceChanged>("PresenceChanged");
        var member = await JoinAsync(SampleUsers.Secretariat);
        var tileId = app.TileId(10);
        var before = await TileAsync(tileId);

        await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync<BoardView>("JoinBoard", app.ReviewId));
        var memberReceived = member.NextAsync<TileMoved>("TileMoved", e => e.TileId == tileId);
        await member.InvokeAsync<TileSummary>("MoveTile", tileId, Column.Answer, before.Version);
        await memberReceived;
        // A round trip on the outsider's connection: anything sent to it before now has arrived.
        await Assert.ThrowsAsync<HubException>(() => outsider.InvokeAsync("Editing", app.ReviewId, (Guid?)tileId));

        Assert.Empty(outsiderMoves);
        Assert.Empty(outsiderPresence);
    }

    [Fact]
    public async Task JoinBoard_SecondUser_FirstReceivesPresenceWithBothNames()
    {
        var focalPoint = await JoinAsync(SampleUsers.FocalPoint);
        var bothPresent = focalPoint.NextAsync<PresenceChanged>("PresenceChanged", p => p.Users.Count == 2);

        await JoinAsync(SampleUsers.Secretariat);

        var presence = await bothPresent;
        Assert.Equal(app.ReviewId, presence.ReviewId);
        Assert.Equal(
            [SampleUsers.SecretariatName, SampleUsers.FocalPointName],
            presence.Users.Select(u => u.DisplayName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Editing_Tile_OthersSeeWhoEditsWhat()
    {
        var focalPoint = await JoinAsync(SampleUsers.FocalPoint);
        var secretariat = await JoinAsync(SampleUsers.Secretariat);
        var tileId = app.TileId(7);
        var editing = secretariat.NextAsync<PresenceChanged>("PresenceChanged", p => p.Users.Any(u => u.EditingTileId == tileId));

        await focalPoint.InvokeAsync("Editing", app.ReviewId, (Guid?)tileId);

        var presence = await editing;
        Assert.Equal(SampleUsers.FocalPointName, presence.Users.Single(u => u.EditingTileId == tileId).DisplayName);
    }

    private async Task<HubConnection> ConnectAsync(string email)
    {
        var connection = app.HubAs(email);
        connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }

    private async Task<HubConnection> JoinAsync(string email)
    {
        var connection = await ConnectAsync(email);
        await connection.InvokeAsync<BoardView>("JoinBoard", app.ReviewId);
        return connection;
    }

    private async Task<TileSummary> TileAsync(Guid tileId)
    {
        using var client = app.ClientAs(SampleUsers.Secretariat);
        return (await client.GetTileAsync(tileId)).Tile;
    }
}
