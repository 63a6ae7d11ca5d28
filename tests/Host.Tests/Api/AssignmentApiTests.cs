using System.Net;
using System.Net.Http.Json;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Host.Api;
using Planner.Host.Notifications;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Api;

/// <summary>Assigning through PUT /api/tiles/{id}/agencies: agencies, named experts and a due date (S2, G2).</summary>
public sealed class AssignmentApiTests : IAsyncLifetime
{
    /// <summary>Article 11 waits in Assign with no agency in the sample.</summary>
    private const int Article = 11;
    private static readonly DateOnly Due = new(2027, 2, 26);
    private readonly PlannerAppFactory app = new();
    private Guid ethics;
    private Guid attorneyGeneral;

    public Task InitializeAsync()
    {
        ethics = app.WithDb(db => db.Agencies.Single(a => a.Name == "Ethics and Anti-Corruption Commission").Id);
        attorneyGeneral = app.WithDb(db => db.Agencies.Single(a => a.Name.StartsWith("Office of the Attorney-General")).Id);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AssignAgencies_TileInAssignWithExpertAndDueDate_Returns200InAnswerAndTheExpertHasAnUnreadNotification()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        using var grace = app.ClientAs(SampleUsers.Expert);
        var graceId = app.UserId(SampleUsers.Expert);
        var before = await focalPoint.GetTileAsync(app.TileId(Article));

        using var response = await focalPoint.PutAsJsonAsync($"/api/tiles/{app.TileId(Article)}/agencies",
            new AssignAgenciesRequest([ethics], before.Tile.Version, [graceId], Due), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assigned = await response.ReadAsync<TileSummary>();
        Assert.Equal((Column.Answer, before.Tile.Version + 1, Due), (assigned.Column, assigned.Version, assigned.DueDate));
        Assert.Equal([graceId], assigned.AssignedExpertIds);
        var board = await focalPoint.GetBoardAsync(app.ReviewId);
        Assert.Equal(Column.Answer, board.Tiles.Single(t => t.ArticleNumber == Article).Column);
        Assert.Contains(board.Experts, e => e.UserId == graceId && e.Name == "Grace Wanjiru");
        var page = await Eventually.WaitForAsync(() => grace.GetFromJsonAsync<NotificationPage>("/api/notifications", ApiJson.Options),
            p => p!.Items.Any(n => n.ArticleNumber == Article));
        var notice = Assert.Single(page!.Items, n => n.ArticleNumber == Article);
        Assert.False(notice.IsRead);
    }

    [Fact]
    public async Task AssignAgencies_ExpertOfAnAgencyNotChosen_Returns400ProblemAndTileStaysInAssign()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = await focalPoint.GetTileAsync(app.TileId(Article));

        using var response = await focalPoint.PutAsJsonAsync($"/api/tiles/{app.TileId(Article)}/agencies",
            new AssignAgenciesRequest([ethics], before.Tile.Version, [app.UserId(SampleUsers.SecondExpert)]), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("ExpertNotOfAssignedAgency", problem.StringExtension("refusal"));
        Assert.Contains("chosen agencies", problem.Detail, StringComparison.Ordinal);
        var after = await focalPoint.GetTileAsync(app.TileId(Article));
        Assert.Equal((Column.Assign, before.Tile.Version), (after.Tile.Column, after.Tile.Version));
    }

    [Fact]
    public async Task AssignAgencies_StaleVersion_Returns409WithTheLatestAndChangesNothing()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = await focalPoint.GetTileAsync(app.TileId(Article));

        using var response = await focalPoint.PutAsJsonAsync($"/api/tiles/{app.TileId(Article)}/agencies",
            new AssignAgenciesRequest([ethics], before.Tile.Version - 1, null, Due), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(before.Tile.Version, problem.ObjectExtension("current").GetProperty("version").GetInt32());
        var after = await focalPoint.GetTileAsync(app.TileId(Article));
        Assert.Equal((Column.Assign, before.Tile.DueDate), (after.Tile.Column, after.Tile.DueDate));
        Assert.Empty(after.Tile.AssignedAgencyIds);
    }

    [Fact]
    public async Task AssignAgencies_Reviewer_Returns403()
    {
        using var reviewer = app.ClientAs(SampleUsers.Reviewer);
        var before = await reviewer.GetTileAsync(app.TileId(Article));

        using var response = await reviewer.PutAsJsonAsync($"/api/tiles/{app.TileId(Article)}/agencies",
            new AssignAgenciesRequest([ethics], before.Tile.Version), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("RoleMayNotAssign", (await response.ReadProblemAsync()).StringExtension("refusal"));
    }

    [Fact]
    public async Task AssignAgencies_OldCallerSendingOnlyAgencies_KeepsTheNamedExpertAndDueDate()
    {
        // Article 55 is in Answer for the Attorney-General's office, with Daniel Otieno named in the sample.
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = await focalPoint.GetTileAsync(app.TileId(55));
        var daniel = app.UserId(SampleUsers.SecondExpert);
        Assert.Equal([daniel], before.Tile.AssignedExpertIds);

        using var response = await focalPoint.PutAsJsonAsync($"/api/tiles/{app.TileId(55)}/agencies",
            new { agencyIds = new[] { attorneyGeneral, ethics }, expectedVersion = before.Tile.Version }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assigned = await response.ReadAsync<TileSummary>();
        Assert.Equal([daniel], assigned.AssignedExpertIds);
        Assert.Equal((Column.Answer, before.Tile.DueDate), (assigned.Column, assigned.DueDate));
    }

}
