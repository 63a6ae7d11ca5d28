using System.Net;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>Repeats (D4) through /api/plugins/draw/draws/{id}/redraw: the State under review may ask twice; withdrawals are not limited.</summary>
public sealed class RedrawTests(DrawAppFixture fixture) : IClassFixture<DrawAppFixture>
{
    [Fact]
    public async Task Redraw_RequestedByStateUnderReviewTwice_BothSucceedAndAreRecorded()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await RunDrawAsync(secretariat);

        var after = await RequestRepeatsAsync(secretariat, draw, 2);

        Assert.Equal(2, after.Result!.Redraws.Count);
        Assert.All(after.Result.Redraws, r => Assert.Equal(RedrawReason.RequestedByStateUnderReview, r.Kind));
        Assert.NotEqual(draw.Result!.For("KEN").BoxReviewer, after.Result.For("KEN").BoxReviewer);
        Assert.Equal(draw.Result.For("BRA"), after.Result.For("BRA"));
    }

    [Fact]
    public async Task Redraw_ThirdRequestByStateUnderReview_Returns409AndTheResultIsUnchanged()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await RunDrawAsync(secretariat);
        var afterTwo = await RequestRepeatsAsync(secretariat, draw, 2);

        using var third = await secretariat.RedrawAsync(draw.Id,
            new RedrawRequest("KEN", SeatKind.Group, "Kenya asks once more.") { ReasonKind = RedrawReason.RequestedByStateUnderReview });

        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("KEN", (await third.ReadProblemAsync()).Detail, StringComparison.Ordinal);
        var now = await secretariat.DrawAsync(draw.Id);
        Assert.Equal(afterTwo.Result!.Assignments, now.Result!.Assignments);
        Assert.Equal(2, now.Result.Redraws.Count);
    }

    [Fact]
    public async Task Redraw_ReviewerWithdrewAfterTheRepeatLimit_Succeeds()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await RunDrawAsync(secretariat);
        var afterTwo = await RequestRepeatsAsync(secretariat, draw, 2);

        using var withdrew = await secretariat.RedrawAsync(draw.Id,
            new RedrawRequest("KEN", SeatKind.Group, "The reviewer withdrew.") { ReasonKind = RedrawReason.ReviewerWithdrew });

        Assert.Equal(HttpStatusCode.OK, withdrew.StatusCode);
        var after = await withdrew.ReadAsync<DrawView>();
        Assert.Equal(3, after.Result!.Redraws.Count);
        Assert.Equal(RedrawReason.ReviewerWithdrew, after.Result.Redraws[^1].Kind);
        Assert.NotEqual(afterTwo.Result!.For("KEN").GroupReviewer, after.Result.For("KEN").GroupReviewer);
        Assert.Equal(afterTwo.Result.For("KEN").BoxReviewer, after.Result.For("KEN").BoxReviewer);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task Redraw_WithoutReason_Returns400AndNothingChanges(string? reason)
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await RunDrawAsync(secretariat);

        using var response = await secretariat.RedrawAsync(draw.Id, new RedrawRequest("KEN", SeatKind.Box, reason));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var now = await secretariat.DrawAsync(draw.Id);
        Assert.Equal(draw.Result!.Assignments, now.Result!.Assignments);
        Assert.Empty(now.Result.Redraws);
    }

    [Fact]
    public async Task Redraw_StateNotUnderReview_Returns400()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await RunDrawAsync(secretariat);

        using var response = await secretariat.RedrawAsync(draw.Id, new RedrawRequest("FRA", SeatKind.Box, "Not under review."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Redraw_DrawNotYetRun_Returns400()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        var draw = await secretariat.OpenAsync(Input());

        using var response = await secretariat.RedrawAsync(draw.Id, new RedrawRequest("KEN", SeatKind.Box, "Too early."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await secretariat.DrawAsync(draw.Id)).Result);
    }

    [Fact]
    public async Task Redraw_FocalPoint_Returns403()
    {
        using var secretariat = fixture.App.ClientAs(SampleUsers.Secretariat);
        using var focalPoint = fixture.App.ClientAs(SampleUsers.FocalPoint);
        var draw = await RunDrawAsync(secretariat);

        using var response = await focalPoint.RedrawAsync(draw.Id, new RedrawRequest("KEN", SeatKind.Box, "Kenya asks."));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await secretariat.DrawAsync(draw.Id)).Result!.Redraws);
    }

    private static async Task<DrawView> RunDrawAsync(HttpClient secretariat)
    {
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(Input())).Id);
        Assert.True(draw.Result!.Succeeded);
        return draw;
    }

    /// <summary>Kenya asks for <paramref name="count"/> repeats of its box seat; each must succeed.</summary>
    private static async Task<DrawView> RequestRepeatsAsync(HttpClient secretariat, DrawView draw, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            using var response = await secretariat.RedrawAsync(draw.Id,
                new RedrawRequest("KEN", SeatKind.Box, $"Kenya asks for repeat {i}.") { ReasonKind = RedrawReason.RequestedByStateUnderReview });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return await secretariat.DrawAsync(draw.Id);
    }

    /// <summary>Two States under review, enough candidates in each group and in the box for several redraws.</summary>
    internal static DrawInput Input() => new()
    {
        UnderReview = [new("KEN", RegionalGroup.African), new("BRA", RegionalGroup.LatinAmericanCaribbean)],
        Pool =
        [
            new("KEN", RegionalGroup.African, 0), new("UGA", RegionalGroup.African, 0), new("GHA", RegionalGroup.African, 0),
            new("NGA", RegionalGroup.African, 0), new("SEN", RegionalGroup.African, 0),
            new("BRA", RegionalGroup.LatinAmericanCaribbean, 0), new("CHL", RegionalGroup.LatinAmericanCaribbean, 0),
            new("PER", RegionalGroup.LatinAmericanCaribbean, 0), new("ARG", RegionalGroup.LatinAmericanCaribbean, 0),
            new("MEX", RegionalGroup.LatinAmericanCaribbean, 0), new("FRA", RegionalGroup.WesternEuropeanOthers, 0),
            new("JPN", RegionalGroup.AsiaPacific, 0), new("DEU", RegionalGroup.WesternEuropeanOthers, 0),
            new("POL", RegionalGroup.EasternEuropean, 0), new("IND", RegionalGroup.AsiaPacific, 0),
        ],
    };
}
