using System.Net;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Api;

public sealed class CommentApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AddComment_Reviewer_Returns200AndShowsInTile()
    {
        using var client = app.ClientAs(SampleUsers.Reviewer);
        var before = await client.GetTileAsync(app.TileId(5));

        using var response = await client.AddCommentAsync(before.Tile.Id, "Which body evaluated the policy in 2023?");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await client.GetTileAsync(before.Tile.Id);
        Assert.Equal(before.Comments.Count + 1, after.Comments.Count);
        var comment = after.Comments[^1];
        Assert.Equal("Which body evaluated the policy in 2023?", comment.Text);
        Assert.Equal("Ruth Nakato", comment.AuthorName);
    }

    [Fact]
    public async Task AddComment_Observer_Returns403()
    {
        using var client = app.ClientAs(SampleUsers.Observer);

        using var response = await client.AddCommentAsync(app.TileId(5), "Observers only read.");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("RoleMayNotComment", (await response.ReadProblemAsync()).StringExtension("refusal"));
    }
}
