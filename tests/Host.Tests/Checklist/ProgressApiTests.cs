using System.Net;
using System.Net.Http.Json;
using Planner.Board.Checklist;
using Planner.Board.Checklist.Progress;
using Planner.Host.Checklist;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Checklist;

/// <summary>The progress dashboard (S4) counts what the board holds, for the articles the asker may see.</summary>
public sealed class ProgressApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task GetProgress_AfterAnAgencyAnswers_CountsItsAnswersForTheArticleAndTheAgency()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        using var grace = app.ClientAs(SampleUsers.Expert);
        var before = (await focalPoint.GetFromJsonAsync<ReviewProgress>($"/api/boards/{app.ReviewId}/progress", ApiJson.Options))!;
        var ethics = app.WithDb(db => db.Agencies.Single(a => a.Name == "Ethics and Anti-Corruption Commission").Id);

        using var saved = await grace.PutAsJsonAsync($"/api/tiles/{app.TileId(10)}/contributions/{ethics}", new SaveContributionRequest(
            [new(DefaultChecklist.ComplianceKey, Compliance.Yes, ""), new(DefaultChecklist.MeasuresKey, null, "Access to Information Act 2016.")], true, 0),
            ApiJson.Options);
        var after = (await focalPoint.GetFromJsonAsync<ReviewProgress>($"/api/boards/{app.ReviewId}/progress", ApiJson.Options))!;

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(app.WithDb(db => db.Tiles.Count()), before.Tiles.Count);
        Assert.Equal(app.WithDb(db => db.Tiles.Count(t => t.Answer != "")), before.ArticlesAnswered);
        Assert.Equal(before.QuestionsAnswered + 2, after.QuestionsAnswered);
        var article = Assert.Single(after.Tiles, t => t.Article == 10);
        Assert.Equal((5, 2, 1, 1), (article.Questions, article.QuestionsAnswered, article.Agencies, article.AgenciesDone));
        var agency = Assert.Single(after.Agencies, a => a.AgencyId == ethics);
        Assert.Equal(2, agency.QuestionsAnswered);
        Assert.Equal(1, agency.Done);
    }

    [Fact]
    public async Task GetProgress_Stakeholder_SeesOnlyTheSharedArticles()
    {
        using var stakeholder = app.ClientAs("nadia.haddad@example.org");

        var progress = (await stakeholder.GetFromJsonAsync<ReviewProgress>($"/api/boards/{app.ReviewId}/progress", ApiJson.Options))!;

        Assert.Equal([10, 13], progress.Tiles.Select(t => t.Article));
    }

    [Fact]
    public async Task GetProgress_UserWithoutRole_Returns404()
    {
        using var outsider = app.ClientAs(app.AddUserWithoutRole());

        using var response = await outsider.GetAsync($"/api/boards/{app.ReviewId}/progress");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
