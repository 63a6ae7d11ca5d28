using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Checklist;
using Planner.Board.Convention;
using Planner.Board.Reviews.Opening;
using Planner.Board.Tiles.Contributions;
using Planner.Host.Checklist;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Checklist;

/// <summary>The secretariat publishes checklist versions (S1); a review keeps the version it started with.</summary>
public sealed class TemplateApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Publish_NewVersion_NewReviewsUseItWhileTheRunningReviewKeepsItsOwn()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        ChecklistQuestion[] questions =
        [
            .. DefaultChecklist.Questions,
            new("central-authority", 55, 6, QuestionKind.Text, new LocalizedText { En = "Which is your central authority for asset recovery?", Fr = "Quelle est votre autorité centrale ?" }),
        ];

        using var refused = await focalPoint.PostAsJsonAsync("/api/checklist", new PublishChecklistRequest(questions), ApiJson.Options);
        using var published = await secretariat.PostAsJsonAsync("/api/checklist", new PublishChecklistRequest(questions), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var versions = (await focalPoint.GetFromJsonAsync<List<ChecklistTemplate>>("/api/checklist", ApiJson.Options))!;
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        var kenya = (await focalPoint.GetFromJsonAsync<TileContributions>($"/api/tiles/{app.TileId(55)}/contributions", ApiJson.Options))!;
        Assert.Equal(1, kenya.ChecklistVersion);
        Assert.Equal(5, kenya.Questions.Count);

        var opened = await OpenReviewAsync("FRA", "DEU", "BRA");
        var tile = app.WithDb(db => db.Tiles.Single(t => t.ReviewId == opened && t.ArticleNumber == 55).Id);
        var france = (await secretariat.GetFromJsonAsync<TileContributions>($"/api/tiles/{tile}/contributions", ApiJson.Options))!;
        Assert.Equal(2, france.ChecklistVersion);
        Assert.Equal("central-authority", france.Questions[^1].Key);
        Assert.DoesNotContain(france.Questions, q => q.Key == "central-authority" && q.Article != 55);
    }

    [Fact]
    public async Task Publish_QuestionWithoutEnglishText_Returns400()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsJsonAsync("/api/checklist",
            new PublishChecklistRequest([new("empty", null, 1, QuestionKind.Text, new LocalizedText { Fr = "Seulement en français" })]), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.ChecklistTemplates.Count(t => t.Number > 1)));
    }

    [Fact]
    public async Task Publish_ExpectedVersionNoLongerLatest_Returns409WithTheLatestAndPublishesNothing()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        using var first = await secretariat.PostAsJsonAsync("/api/checklist", new PublishChecklistRequest(DefaultChecklist.Questions, ExpectedVersion: 1), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        // A second draft also started from version 1, before the first was published.
        using var stale = await secretariat.PostAsJsonAsync("/api/checklist", new PublishChecklistRequest(DefaultChecklist.Questions, ExpectedVersion: 1), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = (await stale.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.StartsWith("Version 2 was published by Elena Marković", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(2, ((JsonElement)problem.Extensions["current"]!).GetProperty("number").GetInt32());
        Assert.Equal(2, app.WithDb(db => db.ChecklistTemplates.Max(t => t.Number)));
    }

    [Fact]
    public async Task Publish_ExpectedVersionIsLatest_Returns201WithTheNextNumber()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsJsonAsync("/api/checklist", new PublishChecklistRequest(DefaultChecklist.Questions, ExpectedVersion: 1), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<ChecklistTemplate>(ApiJson.Options))!.Number);
    }

    private async Task<Guid> OpenReviewAsync(string reviewed, string group, string box)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetRequiredService<OpenReviewsCommand>();
        var result = await command.ExecuteAsync([new NewReview(2, 5, reviewed, group, box)], [5], app.UserId(SampleUsers.Secretariat));
        Assert.Equal(OpenReviewsStatus.Opened, result.Status);
        return Assert.Single(result.Opened);
    }
}
