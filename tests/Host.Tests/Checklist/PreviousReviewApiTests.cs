using System.Net;
using System.Net.Http.Json;
using System.Text;
using Planner.Board.Checklist.Previous;
using Planner.Host.Checklist;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Checklist;

/// <summary>A new review starts from the previous review's findings, marked to verify or update (S1, A1); previous reviews are imported as JSON or CSV.</summary>
public sealed class PreviousReviewApiTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task GetPrevious_SampleKenya_ShowsCycleOneFindingsForArticleFiveAndNothingForArticleTen()
    {
        using var expert = app.ClientAs(SampleUsers.Expert);

        var five = (await expert.GetFromJsonAsync<PreviousFindingView>($"/api/tiles/{app.TileId(5)}/previous", ApiJson.Options))!;
        using var ten = await expert.GetAsync($"/api/tiles/{app.TileId(10)}/previous");

        Assert.Equal(1, five.Cycle);
        Assert.Contains("national anti-corruption policy", five.Findings, StringComparison.Ordinal);
        Assert.Equal(2, five.Recommendations.Count);
        Assert.Equal(HttpStatusCode.NoContent, ten.StatusCode);
    }

    [Fact]
    public async Task ImportCsv_Secretariat_TheTileShowsTheImportedFindings()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var csv = $"{PreviousReviewCsv.Header}\nKEN,1,10,\"Reports were published yearly, \"\"in print\"\".\",Partly met.,Publish online | Add open data\n";

        using var imported = await secretariat.PostAsync("/api/previous-reviews", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var ten = (await secretariat.GetFromJsonAsync<PreviousFindingView>($"/api/tiles/{app.TileId(10)}/previous", ApiJson.Options))!;

        Assert.Equal("Reports were published yearly, \"in print\".", ten.Findings);
        Assert.Equal(["Publish online", "Add open data"], ten.Recommendations);
    }

    [Fact]
    public async Task ImportJson_FocalPointOrBadArticle_IsRefusedAndNothingChanges()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var before = app.WithDb(db => db.PreviousFindings.Count());

        using var byFocalPoint = await focalPoint.PostAsJsonAsync("/api/previous-reviews",
            new PreviousReviewFile("KEN", 1, [new(10, "Findings.", null, null)]), ApiJson.Options);
        using var badArticle = await secretariat.PostAsJsonAsync("/api/previous-reviews",
            new PreviousReviewFile("KEN", 1, [new(10, "Findings.", null, null), new(99, "Not an article.", null, null)]), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, byFocalPoint.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badArticle.StatusCode);
        Assert.Equal(before, app.WithDb(db => db.PreviousFindings.Count()));
    }
}
