using System.Net;
using System.Net.Http.Json;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Board.Workflow;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Api;

public sealed class BoardsApiReadTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ListBoards_FocalPoint_ShowsKenyaBoard()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        var boards = await client.GetFromJsonAsync<List<BoardSummary>>("/api/boards", ApiJson.Options);

        var board = Assert.Single(boards!);
        Assert.Equal(app.ReviewId, board.ReviewId);
        Assert.Equal("KEN", board.StateUnderReview.Iso3);
        Assert.Equal("Kenya", board.StateUnderReview.Name.En);
        Assert.Equal(ReviewRole.FocalPoint, board.YourRole);
        Assert.Equal(19, board.TileCount);
    }

    [Fact]
    public async Task GetBoard_FocalPoint_Returns19TilesInFourColumns()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        var board = await client.GetBoardAsync(app.ReviewId);

        Assert.Equal(19, board.Tiles.Count);
        var perColumn = board.Tiles.GroupBy(t => t.Column).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<Column, int> { [Column.Assign] = 10, [Column.Answer] = 6, [Column.Review] = 2, [Column.Finalise] = 1 },
            perColumn);
    }

    [Fact]
    public async Task GetBoard_UnknownId_Returns404Problem()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.GetAsync(new Uri($"/api/boards/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(404, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
    }

    [Fact]
    public async Task GetTile_UnknownId_Returns404Problem()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.GetAsync(new Uri($"/api/tiles/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task MoveTile_UnknownTile_Returns404Problem()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.MoveAsync(Guid.NewGuid(), Column.Answer, 1);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await response.ReadProblemAsync()).Status);
    }

    [Fact]
    public async Task UnknownIds_AnyEndpoint_Return404()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var board = await client.GetAsync(new Uri($"/api/boards/{Guid.NewGuid()}", UriKind.Relative));
        using var tile = await client.GetAsync(new Uri($"/api/tiles/{Guid.NewGuid()}", UriKind.Relative));
        using var move = await client.MoveAsync(Guid.NewGuid(), Column.Answer, 1);
        using var answer = await client.SaveAnswerAsync(Guid.NewGuid(), "An answer.", 1);
        using var comment = await client.AddCommentAsync(Guid.NewGuid(), "A comment.");

        Assert.All([board, tile, move, answer, comment], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [Fact]
    public async Task GetBoard_UserWithNoRole_Returns404NotForbidden()
    {
        using var client = app.ClientAs(app.AddUserWithoutRole());

        using var board = await client.GetAsync(new Uri($"/api/boards/{app.ReviewId}", UriKind.Relative));
        using var tile = await client.GetAsync(new Uri($"/api/tiles/{app.TileId(5)}", UriKind.Relative));
        var boards = await client.GetFromJsonAsync<List<BoardSummary>>("/api/boards", ApiJson.Options);

        Assert.Equal(HttpStatusCode.NotFound, board.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tile.StatusCode);
        Assert.Empty(boards!);
    }

    [Fact]
    public async Task GetBoard_NotSignedIn_Returns401NotRedirect()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri($"/api/boards/{app.ReviewId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
