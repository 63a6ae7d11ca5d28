using System.Net;
using Planner.Board.Convention;
using Planner.Board.Reviews.Opening;
using Planner.Board.Tiles;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>Opening the reviews of a completed draw (D6): a country review and its board per State, never twice.</summary>
public sealed class OpenReviewsTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OpenReviews_CompletedYearlyDraw_OpensOneReviewPerStateWithItsReviewersAndBoard()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var draw = await DrawFirstYearAsync(secretariat);

        using var response = await secretariat.PostAsync($"{DrawApp.Api}/draws/{draw.Id}/reviews", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var opened = await response.ReadAsync<OpenReviewsResult>();
        var assignments = draw.Result!.Assignments;
        Assert.Equal(assignments.Count, opened.Opened.Count);
        Assert.Empty(opened.AlreadyOpen);
        var reviews = app.WithDb(db => db.Reviews.Where(r => r.CycleNumber == 3).ToList());
        Assert.Equal(assignments.Count, reviews.Count);
        Assert.All(assignments, a =>
        {
            var review = Assert.Single(reviews, r => r.StateUnderReview == a.Reviewed);
            Assert.Equal(1, review.Year);
            Assert.Equal(a.GroupReviewer, review.ReviewingStateFromGroup);
            Assert.Equal(a.BoxReviewer, review.ReviewingStateFromBox);
        });
        var articles = ConventionCatalog.Load().Articles.Where(a => a.Chapter is 2 or 5).Select(a => a.Number).Order().ToList();
        var ids = reviews.Select(r => r.Id).ToList();
        var tiles = app.WithDb(db => db.Tiles.Where(t => ids.Contains(t.ReviewId)).ToList());
        Assert.All(tiles.GroupBy(t => t.ReviewId), board => Assert.Equal(articles, board.Select(t => t.ArticleNumber).Order()));
        Assert.Equal(articles.Count * reviews.Count, tiles.Count);
        Assert.All(tiles, t => Assert.Equal(Column.Assign, t.Column));
        Assert.Equal(opened.Opened.Order(), (await secretariat.DrawAsync(draw.Id)).OpenedReviews.Order());
        Assert.Equal(assignments.Count, (await secretariat.HistoryAsync(3)).Count);
    }

    [Fact]
    public async Task OpenReviews_CalledAgain_OpensNoneAndCreatesNoDuplicates()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var draw = await DrawFirstYearAsync(secretariat);
        using var first = await secretariat.PostAsync($"{DrawApp.Api}/draws/{draw.Id}/reviews", null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var reviewsBefore = app.WithDb(db => db.Reviews.Count());
        var tilesBefore = app.WithDb(db => db.Tiles.Count());

        using var again = await secretariat.PostAsync($"{DrawApp.Api}/draws/{draw.Id}/reviews", null);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.ReadAsync<OpenReviewsResult>();
        Assert.Empty(second.Opened);
        Assert.Equal(draw.Result!.Assignments.Select(a => a.Reviewed).Order(StringComparer.Ordinal), second.AlreadyOpen.Order(StringComparer.Ordinal));
        Assert.Equal(reviewsBefore, app.WithDb(db => db.Reviews.Count()));
        Assert.Equal(tilesBefore, app.WithDb(db => db.Tiles.Count()));
    }

    [Fact]
    public async Task OpenReviews_FocalPoint_Returns403AndOpensNothing()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var draw = await DrawFirstYearAsync(secretariat);

        using var response = await focalPoint.PostAsync($"{DrawApp.Api}/draws/{draw.Id}/reviews", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Reviews.Count(r => r.CycleNumber == 3)));
    }

    [Fact]
    public async Task OpenReviews_DrawOpenedFromAGivenInput_Returns400AndOpensNothing()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        var draw = await secretariat.RunAsync((await secretariat.OpenAsync(RedrawTests.Input())).Id);
        var reviewsBefore = app.WithDb(db => db.Reviews.Count());

        using var response = await secretariat.PostAsync($"{DrawApp.Api}/draws/{draw.Id}/reviews", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(reviewsBefore, app.WithDb(db => db.Reviews.Count()));
    }

    [Fact]
    public async Task OpenReviews_DrawNotYetRun_Returns400()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        await secretariat.DrawScheduleAsync(3);
        var draw = await secretariat.OpenYearlyAsync(new OpenYearlyDrawRequest(3, 1));

        using var response = await secretariat.PostAsync($"{DrawApp.Api}/draws/{draw.Id}/reviews", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Reviews.Count(r => r.CycleNumber == 3)));
    }

    private static async Task<DrawView> DrawFirstYearAsync(HttpClient secretariat)
    {
        await secretariat.GiveGroupsToPartiesOutsideTheGroupsAsync();
        await secretariat.DrawScheduleAsync(3);
        var draw = await secretariat.RunAsync((await secretariat.OpenYearlyAsync(new OpenYearlyDrawRequest(3, 1))).Id);
        Assert.True(draw.Result!.Succeeded, draw.Result.Failure?.Message);
        return draw;
    }
}
