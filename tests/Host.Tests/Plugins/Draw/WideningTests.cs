using System.Net;
using System.Net.Http.Json;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>Widening the box (D3) of a draw that cannot be completed, through /api/plugins/draw/draws/{id}/widen.</summary>
public sealed class WideningTests(DrawAppFixture fixture) : IClassFixture<DrawAppFixture>
{
    private static readonly string[] KnownRules =
    [
        RuleNames.RegionalGroup, RuleNames.BoxAdmission, RuleNames.NoSelfReview, RuleNames.ReviewCap, RuleNames.NoRepeatedPair,
        RuleNames.NoMutualReviews, RuleNames.RequiredInstruments, RuleNames.LookAhead, RuleNames.Combination, RuleNames.SearchLimit,
    ];

    private static readonly string[] Experienced = ["FRA", "JPN", "DEU"];

    [Fact]
    public async Task RunDraw_NoStateLeftForTheBox_FailsNamingTheRuleAndWhatWouldHelp()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);

        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(Blocked())).Id);

        Assert.False(draw.Result!.Succeeded);
        Assert.Empty(draw.Result.Assignments);
        var failure = draw.Result.Failure!;
        Assert.Contains(failure.Rule, KnownRules);
        Assert.Contains("box", failure.Suggestion, StringComparison.Ordinal);
        Assert.NotNull(draw.Seed);
    }

    [Fact]
    public async Task Widen_BlockedDrawWithReason_DrawSucceedsAndTheWideningIsRecordedInItsInput()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(Blocked())).Id);

        using var response = await secretariat.PostAsJsonAsync($"{DrawApp.Api}/draws/{draw.Id}/widen",
            new WidenRequest(3, 3, "No State with fewer than two reviews is left."), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var widened = await response.ReadAsync<DrawView>();
        Assert.True(widened.Result!.Succeeded, widened.Result.Failure?.Message);
        var kenya = widened.Result.For("KEN");
        Assert.Equal("UGA", kenya.GroupReviewer);
        Assert.Contains(kenya.BoxReviewer, Experienced);
        var widening = Assert.Single(widened.Input.BoxWidenings);
        Assert.Equal(new BoxWidening(3, 3, "No State with fewer than two reviews is left."), widening);
        Assert.Equal(draw.Seed, widened.Seed);
        Assert.Equal(widened.Result.Assignments, (await secretariat.DrawAsync(draw.Id)).Result!.Assignments);
        using var replayed = await secretariat.PostAsJsonAsync(DrawApp.Api + "/verify",
            new VerifyDrawRequest(widened.Input, widened.Seed, widened.Commitment) { Published = widened.Result.Assignments }, ApiJson.Options);
        var replay = await replayed.ReadAsync<VerifyDrawResponse>();
        Assert.True(replay.CommitmentMatches);
        Assert.True(replay.PublishedMatches);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Widen_WithoutReason_Returns400AndNothingChanges(string? reason)
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(Blocked())).Id);

        using var response = await secretariat.PostAsJsonAsync($"{DrawApp.Api}/draws/{draw.Id}/widen", new WidenRequest(3, 3, reason), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var now = await secretariat.DrawAsync(draw.Id);
        Assert.Empty(now.Input.BoxWidenings);
        Assert.False(now.Result!.Succeeded);
    }

    [Fact]
    public async Task Widen_NarrowerThanNow_Returns400()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(Blocked())).Id);

        using var response = await secretariat.PostAsJsonAsync($"{DrawApp.Api}/draws/{draw.Id}/widen",
            new WidenRequest(1, 2, "Narrower."), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await secretariat.DrawAsync(draw.Id)).Input.BoxWidenings);
    }

    [Fact]
    public async Task Widen_CompletedDraw_Returns409AndNothingChanges()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(RedrawTests.Input())).Id);
        Assert.True(draw.Result!.Succeeded);

        using var response = await secretariat.PostAsJsonAsync($"{DrawApp.Api}/draws/{draw.Id}/widen",
            new WidenRequest(3, 3, "Just in case."), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var now = await secretariat.DrawAsync(draw.Id);
        Assert.Empty(now.Input.BoxWidenings);
        Assert.Equal(draw.Result.Assignments, now.Result!.Assignments);
    }

    [Fact]
    public async Task Widen_FocalPoint_Returns403()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        using var focalPoint = fixture.App.ClientAs(SampleUsers.FocalPoint);
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(Blocked())).Id);

        using var response = await focalPoint.PostAsJsonAsync($"{DrawApp.Api}/draws/{draw.Id}/widen",
            new WidenRequest(3, 3, "A focal point tries."), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await secretariat.DrawAsync(draw.Id)).Input.BoxWidenings);
    }

    /// <summary>
    /// Kenya under review: its only group peer (Uganda) has one review left, and every other State
    /// has already performed two, so the box has nobody under the cap.
    /// </summary>
    private static DrawInput Blocked() => new()
    {
        UnderReview = [new("KEN", RegionalGroup.African)],
        Pool =
        [
            new("KEN", RegionalGroup.African, 0), new("UGA", RegionalGroup.African, 1),
            new("FRA", RegionalGroup.WesternEuropeanOthers, 2), new("JPN", RegionalGroup.AsiaPacific, 2),
            new("DEU", RegionalGroup.WesternEuropeanOthers, 2),
        ],
    };
}
