using System.Net;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>The review history on /api/plugins/draw/history: imported as CSV by the secretariat, and the reviews opened in Planner.</summary>
public sealed class HistoryApiTests : IAsyncLifetime
{
    private const string Header = "cycle,year,reviewed,reviewers,executive_summary";

    private readonly PlannerAppFactory app = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ImportHistory_ValidFile_HistoryOfThatCycleShowsTheRows()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        using var observer = app.ClientAs(SampleUsers.Observer);

        using var response = await secretariat.PostCsvAsync("/history/import", $"""
            {Header}
            1,1,KEN,UGA;BRA,2013-06-14
            1,2,FRA,BRA;KEN,
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cycle1 = await observer.HistoryAsync(1);
        Assert.Equal(2, cycle1.Count);
        var kenya = Assert.Single(cycle1, h => h.Reviewed == "KEN");
        Assert.Equal(["UGA", "BRA"], kenya.Reviewers);
        Assert.Equal(1, kenya.Year);
        Assert.Equal(new DateOnly(2013, 6, 14), kenya.ExecutiveSummary);
        var france = Assert.Single(cycle1, h => h.Reviewed == "FRA");
        Assert.Equal(["BRA", "KEN"], france.Reviewers);
        Assert.Null(france.ExecutiveSummary);
        Assert.DoesNotContain(await observer.HistoryAsync(2), h => h.Reviewed == "FRA");
    }

    [Fact]
    public async Task ImportHistory_BadDate_Returns400NamingTheLineAndImportsNothing()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostCsvAsync("/history/import", $"""
            {Header}
            1,1,KEN,UGA;BRA,2013-06-14
            1,2,FRA,BRA;KEN,14/06/2013
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.ReadProblemAsync()).Detail;
        Assert.Contains("Line 3", detail, StringComparison.Ordinal);
        Assert.Contains("14/06/2013", detail, StringComparison.Ordinal);
        Assert.Empty(await secretariat.HistoryAsync(1));
    }

    [Fact]
    public async Task ImportHistory_UnknownState_Returns400AndImportsNothing()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostCsvAsync("/history/import", $"""
            {Header}
            1,1,KEN,UGA;BRA,
            1,2,FRA,XXX;KEN,
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("XXX", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
        Assert.Empty(await secretariat.HistoryAsync(1));
    }

    [Fact]
    public async Task ImportHistory_FocalPoint_Returns403()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostCsvAsync("/history/import", $"{Header}\n1,1,KEN,UGA;BRA,\n");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await focalPoint.HistoryAsync(1));
    }

    [Fact]
    public async Task GetHistory_ReviewOpenedInPlanner_AppearsInItsCycle()
    {
        using var observer = app.ClientAs(SampleUsers.Observer);

        var cycle2 = await observer.HistoryAsync(2);

        var kenya = Assert.Single(cycle2);
        Assert.Equal("KEN", kenya.Reviewed);
        Assert.Equal(5, kenya.Year);
        Assert.Equal(["UGA", "BRA"], kenya.Reviewers);
        Assert.Empty(await observer.HistoryAsync(1));
    }

    [Fact]
    public async Task ImportHistory_RowForAReviewOpenedInPlanner_PlannerReviewWinsAndTakesTheSummaryDate()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostCsvAsync("/history/import", $"{Header}\n2,3,KEN,GHA;CHL,2020-01-31\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kenya = Assert.Single(await secretariat.HistoryAsync(2));
        Assert.Equal(["UGA", "BRA"], kenya.Reviewers);
        Assert.Equal(5, kenya.Year);
        Assert.Equal(new DateOnly(2020, 1, 31), kenya.ExecutiveSummary);
    }
}
