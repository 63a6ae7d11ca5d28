using System.Net;
using System.Net.Http.Json;
using Planner.Board.Checklist;
using Planner.Board.Checklist.Progress;
using Planner.Board.Notifications;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Contributions;
using Planner.Host.Api;
using Planner.Host.Checklist;
using Planner.Host.Notifications;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Checklist;

/// <summary>
/// The self-assessment from first to last step through the API, as the people of the sample review
/// would take it: the focal point assigns an article to two agencies with named experts and a due
/// date, the experts are told and each writes their agency's part, the focal point compiles them
/// into the State's answer, and the checklist goes to the secretariat with that answer in it.
/// </summary>
public sealed class SelfAssessmentPathApiTests : IAsyncLifetime
{
    private const int Article = 11;
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AssignContributeCompileSubmit_TwoAgencies_SubmittedChecklistHoldsBothContributions()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        using var grace = app.ClientAs(SampleUsers.Expert);
        using var daniel = app.ClientAs(SampleUsers.SecondExpert);
        var ethics = AgencyId("Ethics and Anti-Corruption Commission");
        var attorneyGeneral = AgencyId("Office of the Attorney-General (central authority)");
        var due = new DateOnly(2027, 3, 31);

        // Assign: two agencies, an expert named for each, a due date; the tile goes to Answer.
        var tile = await TileAsync(focalPoint);
        Assert.Equal(Column.Assign, tile.Tile.Column);
        using var assigned = await focalPoint.PutAsJsonAsync($"/api/tiles/{tile.Tile.Id}/agencies",
            new AssignAgenciesRequest([ethics, attorneyGeneral], tile.Tile.Version,
                [app.UserId(SampleUsers.Expert), app.UserId(SampleUsers.SecondExpert)], due), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        tile = await TileAsync(focalPoint);
        Assert.Equal(Column.Answer, tile.Tile.Column);
        Assert.Equal(due, tile.Tile.DueDate);

        // Both named experts are told, in the app.
        foreach (var expert in new[] { grace, daniel })
        {
            var inbox = await Eventually.WaitForAsync(() => expert.GetFromJsonAsync<NotificationPage>("/api/notifications", ApiJson.Options),
                p => p!.Items.Any(n => n.ArticleNumber == Article));
            Assert.Contains(inbox!.Items, n => n.Kind == NotificationKind.TileAssigned && n.ArticleNumber == Article && !n.IsRead);
        }

        // Answer: each expert writes their own agency's part and marks it done.
        await ContributeAsync(grace, tile.Tile.Id, ethics, "The Commission's code of conduct for public officers (2024).");
        await ContributeAsync(daniel, tile.Tile.Id, attorneyGeneral, "Prosecutorial guidelines on judicial integrity.");
        var progress = (await focalPoint.GetFromJsonAsync<ReviewProgress>($"/api/boards/{app.ReviewId}/progress", ApiJson.Options))!;
        var article = progress.Tiles.Single(t => t.Article == Article);
        Assert.Equal(2, article.AgenciesDone);

        // The focal point compiles the two contributions into the State's answer and saves it.
        var compiled = (await focalPoint.GetFromJsonAsync<CompiledAnswer>($"/api/tiles/{tile.Tile.Id}/contributions/compiled?lang=en", ApiJson.Options))!;
        Assert.Contains("code of conduct", compiled.Markdown, StringComparison.Ordinal);
        Assert.Contains("Prosecutorial guidelines", compiled.Markdown, StringComparison.Ordinal);
        using var saved = await focalPoint.PutAsJsonAsync($"/api/tiles/{tile.Tile.Id}/answer",
            new SaveAnswerRequest(compiled.Markdown, (await TileAsync(focalPoint)).Tile.Version), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // Submit: once every article has an answer, the checklist goes to the secretariat with this one in it.
        await AnswerTheOtherArticlesAsync(focalPoint);
        using var submitted = await focalPoint.PostAsync($"/api/boards/{app.ReviewId}/checklist/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var submissions = (await secretariat.GetFromJsonAsync<List<ChecklistSubmissionView>>(
            $"/api/boards/{app.ReviewId}/checklist/submissions", ApiJson.Options))!;
        var answer = submissions.Single().Articles.Single(a => a.Article == Article).Answer;
        Assert.Contains("code of conduct", answer, StringComparison.Ordinal);
        Assert.Contains("Prosecutorial guidelines", answer, StringComparison.Ordinal);
    }

    private static async Task ContributeAsync(HttpClient expert, Guid tileId, Guid agencyId, string measures)
    {
        using var response = await expert.PutAsJsonAsync($"/api/tiles/{tileId}/contributions/{agencyId}",
            new SaveContributionRequest([new(DefaultChecklist.ComplianceKey, Compliance.InPart, "In part."), new(DefaultChecklist.MeasuresKey, null, measures)], true, 0),
            ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var contributions = (await response.Content.ReadFromJsonAsync<TileContributions>(ApiJson.Options))!;
        Assert.True(contributions.Contributions.Single(c => c.AgencyId == agencyId).Done);
    }

    private async Task AnswerTheOtherArticlesAsync(HttpClient focalPoint)
    {
        var board = (await focalPoint.GetFromJsonAsync<BoardView>($"/api/boards/{app.ReviewId}", ApiJson.Options))!;
        foreach (var summary in board.Tiles.Where(t => !t.HasAnswer))
        {
            var other = (await focalPoint.GetFromJsonAsync<TileDetail>($"/api/tiles/{summary.Id}", ApiJson.Options))!;
            using var saved = await focalPoint.PutAsJsonAsync($"/api/tiles/{summary.Id}/answer",
                new SaveAnswerRequest($"Answer for article {summary.ArticleNumber}.", other.Tile.Version), ApiJson.Options);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
    }

    private Guid AgencyId(string name) => app.WithDb(db => db.Agencies.Single(a => a.ReviewId == app.ReviewId && a.Name == name).Id);

    private async Task<TileDetail> TileAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<TileDetail>($"/api/tiles/{app.TileId(Article)}", ApiJson.Options))!;
}
