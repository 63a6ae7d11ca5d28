using System.Net;
using Planner.Board.Queries;
using Planner.Board.Workflow;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Api;

public sealed class AnswerApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SaveAnswer_EmptyText_Returns400AndChangesNothing(string text)
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(7));

        using var response = await client.SaveAnswerAsync(before.Tile.Id, text, before.Tile.Version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("EmptyText", (await response.ReadProblemAsync()).StringExtension("refusal"));
        await AssertUnchangedAsync(client, before);
    }

    [Fact]
    public async Task SaveAnswer_OverMaxLength_Returns400AndChangesNothing()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(7));

        using var response = await client.SaveAnswerAsync(before.Tile.Id, new string('a', BoardWorkflow.MaxAnswerLength + 1), before.Tile.Version);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("TextTooLong", problem.StringExtension("refusal"));
        Assert.Contains("100000", problem.Detail, StringComparison.Ordinal);
        await AssertUnchangedAsync(client, before);
    }

    [Fact]
    public async Task SaveAnswer_Valid_AddsAHistoryEntryWithTheText()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(7));
        const string text = "Merit-based recruitment: **2,314** appointments in 2025.";

        using var response = await client.SaveAnswerAsync(before.Tile.Id, text, before.Tile.Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await client.GetTileAsync(before.Tile.Id);
        Assert.Equal(text, after.Answer);
        Assert.Equal(before.AnswerHistory.Count + 1, after.AnswerHistory.Count);
        Assert.Equal(text, after.AnswerHistory[0].Text);
        Assert.Equal(SampleUsers.FocalPointName, after.AnswerHistory[0].AuthorName);
        Assert.Equal(before.Tile.Version + 1, after.Tile.Version);
    }

    [Fact]
    public async Task SaveAnswer_StaleVersion_Returns409AndKeepsTheOtherAnswer()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var before = await client.GetTileAsync(app.TileId(7));
        using var first = await client.SaveAnswerAsync(before.Tile.Id, "First save.", before.Tile.Version);

        using var second = await client.SaveAnswerAsync(before.Tile.Id, "Second save, from the old version.", before.Tile.Version);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("First save.", (await client.GetTileAsync(before.Tile.Id)).Answer);
    }

    private static async Task AssertUnchangedAsync(HttpClient client, TileDetail before)
    {
        var after = await client.GetTileAsync(before.Tile.Id);
        Assert.Equal(before.Tile.Version, after.Tile.Version);
        Assert.Equal(before.Answer, after.Answer);
        Assert.Equal(before.AnswerHistory.Count, after.AnswerHistory.Count);
    }
}
