using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Queries;
using Planner.Board.Reviews;
using Planner.Board.Sample;
using Planner.Board.Tiles;
using Planner.Board.Workflow;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// Insecure direct object references: someone with a role on one review (B, inserted row by row,
/// with its own tiles and people) uses the ids of another review (A, the Kenya sample) at every
/// door that takes an id. Each door must answer "not found", exactly as for an id that does not
/// exist, and nothing of review A may change.
/// </summary>
public sealed class IdorTests(SharedHost host) : IClassFixture<SharedHost>, IAsyncLifetime
{
    private const string NotFoundText = "There is nothing here, or you have no role on it.";

    private ReviewWorld reviewB = default!;

    private PlannerAppFactory App => host.App;

    /// <summary>The focal point of review B: the strongest role short of the secretariat, on B only.</summary>
    private string Intruder => reviewB.EmailOf(Persona.FocalPoint);

    public Task InitializeAsync()
    {
        reviewB = ReviewWorld.Create(App, "GHA", "NGA", "FRA");
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<IdOperation> Operations() => [.. Enum.GetValues<IdOperation>()];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Door_ParticipantOfAnotherReview_AnswersNotFoundAndChangesNothing(IdOperation operation)
    {
        var before = SnapshotOfReviewA();

        var outcome = await CallAsync(operation, Intruder);

        Assert.Equal("not found", outcome);
        Assert.Equal(before, SnapshotOfReviewA());
    }

    [Fact]
    public async Task Door_ParticipantOfAnotherReview_StillWorksOnTheirOwnReview()
    {
        using var client = App.ClientAs(Intruder);

        var boards = await client.GetFromJsonAsync<List<BoardSummary>>("/api/boards", ApiJson.Options);
        using var own = await client.GetAsync(new Uri($"/api/tiles/{reviewB.AnswerTile}", UriKind.Relative));

        Assert.Equal(reviewB.ReviewId, Assert.Single(boards!).ReviewId);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task GetTile_KenyaFocalPointOnReviewB_Returns404()
    {
        using var client = App.ClientAs(SampleUsers.FocalPoint);

        using var board = await client.GetAsync(new Uri($"/api/boards/{reviewB.ReviewId}", UriKind.Relative));
        using var tile = await client.GetAsync(new Uri($"/api/tiles/{reviewB.AnswerTile}", UriKind.Relative));
        using var move = await client.MoveAsync(reviewB.AssignedTile, Column.Answer, 3);

        Assert.Equal(HttpStatusCode.NotFound, board.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tile.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
    }

    [Fact]
    public async Task AssignAgencies_AgencyOfAnotherReview_Returns400AndKeepsTheAgencies()
    {
        using var client = App.ClientAs(SampleUsers.FocalPoint);
        var tileId = KenyaTile(11);
        var before = SnapshotOfReviewA();

        using var response = await client.PutAsJsonAsync($"/api/tiles/{tileId}/agencies",
            new { agencyIds = new[] { reviewB.AgencyX }, expectedVersion = VersionOf(tileId) }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(nameof(Refusal.UnknownAgency), (await response.ReadProblemAsync()).StringExtension("refusal"));
        Assert.Equal(before, SnapshotOfReviewA());
    }

    [Fact]
    public async Task Nominate_AgencyOfAnotherReview_IsInvalid()
    {
        using var scope = App.Services.CreateScope();
        var nominate = scope.ServiceProvider.GetRequiredService<NominateExpertCommand>();

        var result = await nominate.ExecuteAsync(
            new NominateExpert(KenyaId, "Ivy Intruder", "ivy.intruder@example.org", ReviewRole.AgencyExpert, reviewB.AgencyX),
            SampleDataSeeder.UserIdFor(SampleUsers.Secretariat));

        Assert.Equal(NominationStatus.Invalid, result.Status);
        Assert.False(App.WithDb(db => db.Users.Any(u => u.Email == "ivy.intruder@example.org")));
    }

    /// <summary>"not found" when the door said so; otherwise what it said.</summary>
    private async Task<string> CallAsync(IdOperation operation, string email)
    {
        var reviewA = KenyaId;
        var assignTile = KenyaTile(10);
        var answerTile = KenyaTile(13);
        if (operation is IdOperation.BoardPage or IdOperation.PeoplePage)
        {
            using var page = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            page.DefaultRequestHeaders.Add(TestUserHandler.UserHeader, App.UserId(email).ToString());
            var path = operation == IdOperation.BoardPage ? $"/boards/{reviewA}" : $"/boards/{reviewA}/people";
            var html = await page.GetStringAsync(new Uri(path, UriKind.Relative));
            return html.Contains(NotFoundText, StringComparison.Ordinal) && !html.Contains("Kenya", StringComparison.Ordinal)
                ? "not found"
                : "page shown";
        }
        if (operation >= IdOperation.HubJoinBoard)
        {
            await using var hub = App.HubAs(email);
            await hub.StartAsync();
            var status = await HubOutcome.StatusOfAsync(App, () => operation switch
            {
                IdOperation.HubJoinBoard => hub.InvokeAsync<BoardView>("JoinBoard", reviewA),
                IdOperation.HubMoveTile => hub.InvokeAsync<TileSummary>("MoveTile", assignTile, Column.Answer, VersionOf(assignTile)),
                IdOperation.HubSaveAnswer => hub.InvokeAsync<TileSummary>("SaveAnswer", answerTile, "Written from another review.", VersionOf(answerTile)),
                IdOperation.HubAddComment => hub.InvokeAsync<TileSummary>("AddComment", answerTile, "Commented from another review."),
                IdOperation.HubEditing => hub.InvokeAsync("Editing", reviewA, (Guid?)answerTile),
                _ => throw new ArgumentOutOfRangeException(nameof(operation)),
            });
            return status == 404 ? "not found" : $"hub status {status}";
        }
        using var client = App.ClientAs(email);
        using var response = operation switch
        {
            IdOperation.ApiGetBoard => await client.GetAsync(new Uri($"/api/boards/{reviewA}", UriKind.Relative)),
            IdOperation.ApiGetTile => await client.GetAsync(new Uri($"/api/tiles/{answerTile}", UriKind.Relative)),
            IdOperation.ApiMove => await client.MoveAsync(assignTile, Column.Answer, VersionOf(assignTile)),
            IdOperation.ApiSaveAnswer => await client.SaveAnswerAsync(answerTile, "Written from another review.", VersionOf(answerTile)),
            IdOperation.ApiAssignAgencies => await client.PutAsJsonAsync($"/api/tiles/{assignTile}/agencies",
                new { agencyIds = App.WithDb(db => db.Agencies.Where(a => a.ReviewId == reviewA).Select(a => a.Id).ToList()), expectedVersion = VersionOf(assignTile) },
                ApiJson.Options),
            IdOperation.ApiAddComment => await client.AddCommentAsync(answerTile, "Commented from another review."),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            return $"HTTP {(int)response.StatusCode}";
        }
        // The same answer as for an id that does not exist: nothing tells the review is there.
        var problem = await response.ReadProblemAsync();
        return problem.Status == 404 && problem.Extensions.Count <= 1 ? "not found" : "a 404 that says more";
    }

    /// <summary>Review A: the Kenya review of the sample (review B is of Ghana).</summary>
    private Guid KenyaId => App.WithDb(db => db.Reviews.Where(r => r.StateUnderReview == "KEN").Select(r => r.Id).Single());

    private Guid KenyaTile(int article)
    {
        var reviewA = KenyaId;
        return App.WithDb(db => db.Tiles.Where(t => t.ReviewId == reviewA && t.ArticleNumber == article).Select(t => t.Id).Single());
    }

    private int VersionOf(Guid tileId) => App.WithDb(db => db.Tiles.Where(t => t.Id == tileId).Select(t => t.Version).Single());

    /// <summary>Everything of review A that a change could touch, and the length of the audit log.</summary>
    private string SnapshotOfReviewA()
    {
        var reviewA = KenyaId;
        return App.WithDb(db =>
        {
            var tiles = db.Tiles.AsNoTracking().Where(t => t.ReviewId == reviewA).OrderBy(t => t.ArticleNumber).ToList()
                .Select(t => $"{t.ArticleNumber}:{t.Version}:{t.Column}:{t.Answer.Length}:{string.Join(',', t.AssignedAgencyIds)}");
            return $"{string.Join('|', tiles)} comments={db.Comments.Count()} audit={db.AuditLog.Count()}";
        });
    }
}
