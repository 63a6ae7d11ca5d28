using System.Net;
using System.Net.Http.Json;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Verification;

namespace Planner.Host.Tests.Plugins;

/// <summary>A draw through the API: opened with a published commitment, run (seed revealed), redrawn, replayed.</summary>
public sealed class DrawSessionTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OpenThenRun_SeedHiddenUntilRunThenMatchesTheCommitmentAndReplays()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        using var observer = app.ClientAs(SampleUsers.Observer);

        using var opened = await secretariat.PostAsJsonAsync("/api/plugins/draw/draws", Input(), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var draw = (await opened.Content.ReadFromJsonAsync<DrawView>(ApiJson.Options))!;
        Assert.Null(draw.Seed);
        Assert.Matches("^[0-9a-f]{64}$", draw.Commitment);
        var seenByObserver = (await observer.GetFromJsonAsync<DrawView>($"/api/plugins/draw/draws/{draw.Id}", ApiJson.Options))!;
        Assert.Null(seenByObserver.Seed);

        using var run = await secretariat.PostAsync($"/api/plugins/draw/draws/{draw.Id}/run", null);
        var done = (await run.Content.ReadFromJsonAsync<DrawView>(ApiJson.Options))!;

        Assert.True(done.Result!.Succeeded);
        Assert.True(SeedCommitment.Verify(draw.Commitment, Convert.FromHexString(done.Seed!)));
        using var replayed = await observer.PostAsJsonAsync("/api/plugins/draw/verify",
            new VerifyDrawRequest(done.Input, done.Seed, draw.Commitment), ApiJson.Options);
        var replay = (await replayed.Content.ReadFromJsonAsync<VerifyDrawResponse>(ApiJson.Options))!;
        Assert.True(replay.CommitmentMatches);
        Assert.Equal(done.Result.Assignments, replay.Result.Assignments);
    }

    [Fact]
    public async Task Redraw_OneSeat_OnlyThatSeatChangesAndTheReasonIsRecordedAndAudited()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        using var opened = await secretariat.PostAsJsonAsync("/api/plugins/draw/draws", Input(), ApiJson.Options);
        var draw = (await opened.Content.ReadFromJsonAsync<DrawView>(ApiJson.Options))!;
        using var run = await secretariat.PostAsync($"/api/plugins/draw/draws/{draw.Id}/run", null);
        var before = (await run.Content.ReadFromJsonAsync<DrawView>(ApiJson.Options))!.Result!;

        using var redrawn = await secretariat.PostAsJsonAsync($"/api/plugins/draw/draws/{draw.Id}/redraw",
            new RedrawRequest("KEN", SeatKind.Box, "The reviewer withdrew."), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, redrawn.StatusCode);
        var after = (await redrawn.Content.ReadFromJsonAsync<DrawView>(ApiJson.Options))!.Result!;
        Assert.NotEqual(before.For("KEN").BoxReviewer, after.For("KEN").BoxReviewer);
        Assert.Equal(before.For("KEN").GroupReviewer, after.For("KEN").GroupReviewer);
        Assert.Equal(before.For("BRA"), after.For("BRA"));
        Assert.Equal("The reviewer withdrew.", Assert.Single(after.Redraws).Reason);
        Assert.True(app.WithDb(db => db.AuditLog.Count(a => a.Entity == "PluginDatum" && a.ActorName == "Elena Marković")) >= 3);
    }

    [Fact]
    public async Task OpenDraw_FocalPoint_Returns403()
    {
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostAsJsonAsync("/api/plugins/draw/draws", Input(), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.PluginData.Count()));
    }

    [Fact]
    public async Task RunDraw_UnknownId_Returns404()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsync($"/api/plugins/draw/draws/{Guid.NewGuid()}/run", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Two States under review; enough candidates in each group for a redraw.</summary>
    private static DrawInput Input() => new()
    {
        UnderReview = [new("KEN", RegionalGroup.African), new("BRA", RegionalGroup.LatinAmericanCaribbean)],
        Pool =
        [
            new("KEN", RegionalGroup.African, 0), new("UGA", RegionalGroup.African, 0), new("GHA", RegionalGroup.African, 0),
            new("BRA", RegionalGroup.LatinAmericanCaribbean, 0), new("CHL", RegionalGroup.LatinAmericanCaribbean, 0),
            new("PER", RegionalGroup.LatinAmericanCaribbean, 0), new("FRA", RegionalGroup.WesternEuropeanOthers, 0),
            new("JPN", RegionalGroup.AsiaPacific, 0), new("DEU", RegionalGroup.WesternEuropeanOthers, 0),
        ],
    };
}
