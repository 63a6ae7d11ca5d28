using System.Net;
using Planner.Board.Tiles.Diff;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Api;

public sealed class AnswerDiffApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task GetAnswerDiff_TwoSavedVersions_Returns200WithTheChangedWords()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var (tileId, from, to) = await SaveTwoVersionsAsync(client, "The Act of 2003 applies.", "The Act of 2016 applies.\n\nIt covers the private sector.");
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);

        using var response = await reviewer.GetAsync(DiffUri(tileId, from, to));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var diff = await response.ReadAsync<AnswerDiff>();
        Assert.Equal((from, to), (diff.From.Number, diff.To.Number));
        Assert.Equal(SampleUsers.FocalPointName, diff.To.AuthorName);
        var segments = diff.Changes.Lines.SelectMany(l => l.Segments).ToList();
        Assert.Contains(segments, s => s is { Kind: DiffKind.Removed, Text: "2003" });
        Assert.Contains(segments, s => s is { Kind: DiffKind.Added, Text: "2016" });
        Assert.Contains(segments, s => s.Kind == DiffKind.Added && s.Text == "It covers the private sector.");
        Assert.Equal(1, diff.Changes.LinesChanged);
    }

    [Fact]
    public async Task GetAnswerDiff_AfterStaleSaveRefused_ShowsWhatTheOtherPersonChanged()
    {
        using var focal = app.ClientAs(SampleUsers.FocalPoint);
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var seen = await focal.GetTileAsync(app.TileId(7));
        using (var first = await secretariat.SaveAnswerAsync(seen.Tile.Id, "Recruitment is audited every year.", seen.Tile.Version))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var stale = await focal.SaveAnswerAsync(seen.Tile.Id, "My text from the old version.", seen.Tile.Version);
        var latest = await focal.GetTileAsync(seen.Tile.Id);
        using var response = await focal.GetAsync(DiffUri(seen.Tile.Id, latest.AnswerHistory[1].Number, latest.AnswerHistory[0].Number));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Recruitment is audited every year.", latest.Answer);
        var diff = await response.ReadAsync<AnswerDiff>();
        Assert.Equal(SampleUsers.SecretariatName, diff.To.AuthorName);
        Assert.Contains(diff.Changes.Lines.SelectMany(l => l.Segments), s => s.Kind == DiffKind.Added && s.Text.Contains("audited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAnswerDiff_UserWithNoRole_Returns404Problem()
    {
        using var focal = app.ClientAs(SampleUsers.FocalPoint);
        var (tileId, from, to) = await SaveTwoVersionsAsync(focal, "One.", "Two.");
        using var outsider = app.ClientAs(app.AddUserWithoutRole());

        using var response = await outsider.GetAsync(DiffUri(tileId, from, to));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.DoesNotContain("One.", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAnswerDiff_VersionThatDoesNotExist_Returns404ProblemNamingTheRange()
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);
        var (tileId, _, to) = await SaveTwoVersionsAsync(client, "One.", "Two.");

        using var response = await client.GetAsync(DiffUri(tileId, 1, to + 5));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"1 to {to}", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=0&to=1")]
    [InlineData("from=-1&to=2")]
    [InlineData("from=abc&to=2")]
    [InlineData("from=1")]
    [InlineData("")]
    public async Task GetAnswerDiff_BadVersionNumbers_Returns400Problem(string query)
    {
        using var client = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await client.GetAsync(new Uri($"/api/tiles/{app.TileId(7)}/answers/diff?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("?from=1&to=2", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
    }

    private async Task<(Guid TileId, int From, int To)> SaveTwoVersionsAsync(HttpClient client, string first, string second)
    {
        var tile = await client.GetTileAsync(app.TileId(7));
        using (var one = await client.SaveAnswerAsync(tile.Tile.Id, first, tile.Tile.Version))
        {
            Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        }
        using (var two = await client.SaveAnswerAsync(tile.Tile.Id, second, tile.Tile.Version + 1))
        {
            Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        }
        var after = await client.GetTileAsync(tile.Tile.Id);
        return (tile.Tile.Id, after.AnswerHistory[1].Number, after.AnswerHistory[0].Number);
    }

    private static Uri DiffUri(Guid tileId, int from, int to) => new($"/api/tiles/{tileId}/answers/diff?from={from}&to={to}", UriKind.Relative);
}
