using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Planner.Board.Checklist;
using Planner.Board.Queries;
using Planner.Host.Api;
using Planner.Host.Checklist;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Checklist;

/// <summary>The focal point submits the checklist (S6): only when every article is answered; then answers are frozen until a reopen with a reason.</summary>
public sealed class SubmissionApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Submit_ArticlesUnanswered_Returns400ListingThemAndRecordsNothing()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostAsync($"/api/boards/{app.ReviewId}/checklist/submit", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Contains("8", problem.Detail, StringComparison.Ordinal);
        var missing = ((JsonElement)problem.Extensions["missingArticles"]!).EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Contains(8, missing);
        Assert.DoesNotContain(5, missing);
        Assert.Equal(0, app.WithDb(db => db.ChecklistSubmissions.Count()));
    }

    [Fact]
    public async Task SubmitThenReopen_AnswersFrozenInBetweenCommentsStillOpenAndEveryStepAudited()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        using var observer = app.ClientAs(SampleUsers.Observer);
        using var grace = app.ClientAs(SampleUsers.Expert);
        await AnswerEveryArticleAsync(focalPoint);

        using var byObserver = await observer.PostAsync($"/api/boards/{app.ReviewId}/checklist/submit", null);
        using var submitted = await focalPoint.PostAsync($"/api/boards/{app.ReviewId}/checklist/submit", null);
        using var twice = await focalPoint.PostAsync($"/api/boards/{app.ReviewId}/checklist/submit", null);

        Assert.Equal(HttpStatusCode.Forbidden, byObserver.StatusCode);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var submission = (await submitted.Content.ReadFromJsonAsync<ChecklistSubmissionView>(ApiJson.Options))!;
        Assert.Equal(1, submission.Number);
        Assert.Equal("Answer for article 8.", submission.Articles.Single(a => a.Article == 8).Answer);

        var tile = await TileAsync(focalPoint, 8);
        using var frozen = await focalPoint.PutAsJsonAsync($"/api/tiles/{tile.Tile.Id}/answer", new SaveAnswerRequest("Changed after submission.", tile.Tile.Version), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, frozen.StatusCode);
        Assert.Contains("submitted", (await frozen.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.OrdinalIgnoreCase);
        var ethics = app.WithDb(db => db.Agencies.Single(a => a.Name == "Ethics and Anti-Corruption Commission").Id);
        using var contribution = await grace.PutAsJsonAsync($"/api/tiles/{tile.Tile.Id}/contributions/{ethics}",
            new SaveContributionRequest([new(DefaultChecklist.MeasuresKey, null, "Late.")], false, 0), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, contribution.StatusCode);
        using var comment = await grace.PostAsJsonAsync($"/api/tiles/{tile.Tile.Id}/comments", new AddCommentRequest("Still possible to comment."), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);

        using var noReason = await focalPoint.PostAsJsonAsync($"/api/boards/{app.ReviewId}/checklist/reopen", new ReopenChecklistRequest(" "), ApiJson.Options);
        using var reopened = await focalPoint.PostAsJsonAsync($"/api/boards/{app.ReviewId}/checklist/reopen",
            new ReopenChecklistRequest("The Commission sent updated statistics."), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal("The Commission sent updated statistics.", (await reopened.Content.ReadFromJsonAsync<ChecklistSubmissionView>(ApiJson.Options))!.ReopenReason);

        tile = await TileAsync(focalPoint, 8);
        using var again = await focalPoint.PutAsJsonAsync($"/api/tiles/{tile.Tile.Id}/answer", new SaveAnswerRequest("Updated after reopening.", tile.Tile.Version), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, app.WithDb(db => db.AuditLog.Count(a => a.Entity == "ChecklistSubmission" && a.ActorName == SampleUsers.FocalPointName)));
    }

    private async Task AnswerEveryArticleAsync(HttpClient focalPoint)
    {
        var board = (await focalPoint.GetFromJsonAsync<BoardView>($"/api/boards/{app.ReviewId}", ApiJson.Options))!;
        foreach (var summary in board.Tiles.Where(t => !t.HasAnswer))
        {
            var tile = await TileAsync(focalPoint, summary.ArticleNumber);
            using var saved = await focalPoint.PutAsJsonAsync($"/api/tiles/{tile.Tile.Id}/answer",
                new SaveAnswerRequest($"Answer for article {summary.ArticleNumber}.", tile.Tile.Version), ApiJson.Options);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
    }

    private async Task<TileDetail> TileAsync(HttpClient client, int article) =>
        (await client.GetFromJsonAsync<TileDetail>($"/api/tiles/{app.TileId(article)}", ApiJson.Options))!;
}
