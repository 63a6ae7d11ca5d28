using System.Net;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Api;

public sealed class MoveTileApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task MoveTile_AllowedMove_Returns200WithNewColumnAndVersion()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = await response.ReadAsync<TileSummary>();
        Assert.Equal(Column.Answer, moved.Column);
        Assert.Equal(before.Tile.Version + 1, moved.Version);
        Assert.Equal(SampleUsers.FocalPointName, moved.LastChangedBy);
    }

    [Fact]
    public async Task MoveTile_UnknownColumn_Returns400NamingTheColumns()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.MoveAsync(app.TileId(10), "Sideways", 2);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("Sideways", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("Assign, Answer, Review, Finalise", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    public async Task MoveTile_ColumnAsNumberOrEmpty_Returns400(string column)
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.MoveAsync(app.TileId(10), column, 2);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MoveTile_SkipsAColumn_Returns400WithRefusal()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Review, before.Tile.Version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("SkipsColumn", problem.StringExtension("refusal"));
        Assert.Equal("Tiles move one column at a time.", problem.Detail);
    }

    [Fact]
    public async Task MoveTile_AnswerToReviewWithoutAnswer_Returns400WithRefusal()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(8));
        Assert.Equal(Column.Answer, before.Tile.Column);
        Assert.False(before.Tile.HasAnswer);

        using var response = await client.MoveAsync(before.Tile.Id, Column.Review, before.Tile.Version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("NoAnswer", (await response.ReadProblemAsync()).StringExtension("refusal"));
    }

    [Fact]
    public async Task MoveTile_ReviewerAssignToAnswer_Returns403()
    {
        using var client = app.ClientAs(SampleUsers.Reviewer);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("RoleMayNotMove", (await response.ReadProblemAsync()).StringExtension("refusal"));
        Assert.Equal(Column.Assign, (await client.GetTileAsync(before.Tile.Id)).Tile.Column);
    }

    [Fact]
    public async Task MoveTile_StaleVersion_Returns409WithCurrentTileAndChangesNothing()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Answer, before.Tile.Version - 1);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("StaleVersion", problem.StringExtension("refusal"));
        var current = problem.ObjectExtension("current");
        Assert.Equal(before.Tile.Version, current.GetProperty("version").GetInt32());
        Assert.Equal("Assign", current.GetProperty("column").GetString());
        var after = await client.GetTileAsync(before.Tile.Id);
        Assert.Equal(before.Tile.Version, after.Tile.Version);
        Assert.Equal(Column.Assign, after.Tile.Column);
    }

    [Fact]
    public async Task MoveTile_FrenchRequest_ProblemDetailInFrench()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var before = await client.GetTileAsync(app.TileId(10));

        using var response = await client.MoveAsync(before.Tile.Id, Column.Review, before.Tile.Version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Les tuiles avancent d'une colonne à la fois.", (await response.ReadProblemAsync()).Detail);
    }
}
