using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Planner.Board.Events;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Host.Tests.Realtime;

namespace Planner.Host.Tests.Security;

/// <summary>
/// Every role against every operation, through the API and the hub, on a review of its own per
/// case. The table below is BoardWorkflow written out: it is the specification, and
/// docs/security.md shows the same table.
/// </summary>
public sealed class PermissionMatrixTests(SharedHost host) : IClassFixture<SharedHost>
{
    private const int Ok = 200;
    private const int Bad = 400;
    private const int Forbidden = 403;
    private const int NotFound = 404;

    /// <summary>One row per operation; the columns follow <see cref="Persona"/>.</summary>
    private static readonly Dictionary<MatrixOperation, int[]> Expected = new()
    {
        //                                               Secr.       Focal       ExpX        ExpY        Revw        Obsv        Stkh        Outsider
        [MatrixOperation.ApiGetBoard] =                 [Ok,         Ok,         Ok,         Ok,         Ok,         Ok,         Ok,         NotFound],
        [MatrixOperation.ApiGetTile] =                  [Ok,         Ok,         Ok,         Ok,         Ok,         Ok,         Ok,         NotFound],
        [MatrixOperation.ApiMoveToAnswer] =             [Ok,         Ok,         Forbidden,  Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.ApiMoveUnassignedToAnswer] =   [Bad,        Bad,        Forbidden,  Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.ApiSaveAnswer] =               [Ok,         Ok,         Ok,         Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.ApiSaveLockedAnswer] =         [Bad,        Bad,        Bad,        Bad,        Bad,        Bad,        Bad,        NotFound],
        [MatrixOperation.ApiAddComment] =               [Ok,         Ok,         Ok,         Ok,         Ok,         Forbidden,  Ok,         NotFound],
        [MatrixOperation.ApiAssignAgencies] =           [Ok,         Ok,         Forbidden,  Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.ApiArrangeTile] =              [Ok,         Ok,         Forbidden,  Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.ApiReorderTile] =              [Ok,         Ok,         Forbidden,  Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.HubJoinBoard] =                [Ok,         Ok,         Ok,         Ok,         Ok,         Ok,         Ok,         NotFound],
        [MatrixOperation.HubMoveToAnswer] =             [Ok,         Ok,         Forbidden,  Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.HubSaveAnswer] =               [Ok,         Ok,         Ok,         Forbidden,  Forbidden,  Forbidden,  Forbidden,  NotFound],
        [MatrixOperation.HubAddComment] =               [Ok,         Ok,         Ok,         Ok,         Ok,         Forbidden,  Ok,         NotFound],
    };

    /// <summary>The not-found page's text (Strings.resx, NotFound.Text).</summary>
    private const string NotFoundText = "There is nothing here, or you have no role on it.";

    private PlannerAppFactory App => host.App;

    public static TheoryData<MatrixOperation, Persona> Cases()
    {
        var cases = new TheoryData<MatrixOperation, Persona>();
        foreach (var operation in Enum.GetValues<MatrixOperation>())
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                cases.Add(operation, persona);
            }
        }
        return cases;
    }

    [Fact]
    public void Matrix_EveryOperationAndPersona_HasAnExpectedStatus()
    {
        Assert.Equal(Enum.GetValues<MatrixOperation>().Length, Expected.Count);
        Assert.All(Expected.Values, row => Assert.Equal(Enum.GetValues<Persona>().Length, row.Length));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Operation_PersonaOnTheReview_AnswersTheMatrixStatusAndChangesOnlyWhenAllowed(MatrixOperation operation, Persona persona)
    {
        var world = ReviewWorld.Create(App);
        var expected = Expected[operation][(int)persona];
        var target = TargetOf(operation, world);
        var before = target is { } id ? Snapshot(id) : default;

        var status = await RunAsync(operation, world, world.EmailOf(persona));

        Assert.Equal(expected, status);
        if (target is { } tileId && IsChange(operation))
        {
            var after = Snapshot(tileId);
            if (expected == Ok)
            {
                Assert.NotEqual(before, after);
            }
            else
            {
                Assert.Equal(before, after);
            }
        }
    }

    public static TheoryData<string, Persona> PageCases()
    {
        var cases = new TheoryData<string, Persona>();
        foreach (var page in new[] { "board", "people" })
        {
            foreach (var persona in Enum.GetValues<Persona>())
            {
                cases.Add(page, persona);
            }
        }
        return cases;
    }

    /// <summary>The pages: everyone with a role sees the board; the people page is closed to stakeholders too (BoardQueries.GetPeopleAsync).</summary>
    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task Page_Persona_ShowsThePageOnlyToThoseWithARole(string page, Persona persona)
    {
        var world = ReviewWorld.Create(App);
        var seesIt = persona != Persona.Outsider && !(page == "people" && persona == Persona.Stakeholder);
        using var client = PageClientAs(world.EmailOf(persona));

        using var response = await client.GetAsync(new Uri(page == "board" ? $"/boards/{world.ReviewId}" : $"/boards/{world.ReviewId}/people", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var marker = page == "board" ? "class=\"board-page\"" : "class=\"people\"";
        if (seesIt)
        {
            Assert.Contains(marker, html, StringComparison.Ordinal);
            Assert.DoesNotContain(NotFoundText, html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(NotFoundText, html, StringComparison.Ordinal);
            Assert.DoesNotContain(marker, html, StringComparison.Ordinal);
            Assert.DoesNotContain(world.EmailOf(Persona.FocalPoint), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetBoard_Stakeholder_ListsOnlySharedTiles()
    {
        var world = ReviewWorld.Create(App);
        using var stakeholder = App.ClientAs(world.EmailOf(Persona.Stakeholder));
        using var focalPoint = App.ClientAs(world.EmailOf(Persona.FocalPoint));

        var seen = await stakeholder.GetBoardAsync(world.ReviewId);
        var all = await focalPoint.GetBoardAsync(world.ReviewId);

        Assert.Equal(ReviewWorld.SharedArticles, seen.Tiles.Select(t => t.ArticleNumber).Order());
        Assert.All(seen.Tiles, t => Assert.True(t.SharedWithStakeholders));
        Assert.Contains(all.Tiles, t => t.ArticleNumber == ReviewWorld.UnsharedArticle);
    }

    /// <summary>"To them, every other tile does not exist" (BoardWorkflow.CanSee): not even as a count on the list of boards.</summary>
    [Fact]
    public async Task ListBoards_Stakeholder_CountsOnlySharedTiles()
    {
        var world = ReviewWorld.Create(App);
        using var stakeholder = App.ClientAs(world.EmailOf(Persona.Stakeholder));

        var boards = await stakeholder.GetFromJsonAsync<List<BoardSummary>>("/api/boards", ApiJson.Options);

        Assert.Equal(ReviewWorld.SharedArticles.Length, Assert.Single(boards!).TileCount);
    }

    [Fact]
    public async Task JoinBoard_Stakeholder_HearsNoPresenceButHearsSharedTiles()
    {
        var world = ReviewWorld.Create(App);
        await using var stakeholder = App.HubAs(world.EmailOf(Persona.Stakeholder));
        await stakeholder.StartAsync();
        var presence = stakeholder.Record<PresenceChanged>("PresenceChanged");
        await stakeholder.InvokeAsync<BoardView>("JoinBoard", world.ReviewId);
        await using var focalPoint = App.HubAs(world.EmailOf(Persona.FocalPoint));
        await focalPoint.StartAsync();
        await focalPoint.InvokeAsync<BoardView>("JoinBoard", world.ReviewId);
        var comment = stakeholder.NextAsync<CommentAdded>("CommentAdded", e => e.TileId == world.AnswerTile);

        await focalPoint.InvokeAsync<TileSummary>("AddComment", world.AnswerTile, "For the stakeholders too.");

        Assert.Equal("For the stakeholders too.", (await comment).Text);
        Assert.Empty(presence);
    }

    [Fact]
    public async Task UnsharedTile_Stakeholder_IsNotFoundThroughEveryDoor()
    {
        var world = ReviewWorld.Create(App);
        var email = world.EmailOf(Persona.Stakeholder);
        using var client = App.ClientAs(email);
        var before = Snapshot(world.UnsharedTile);

        using var get = await client.GetAsync(new Uri($"/api/tiles/{world.UnsharedTile}", UriKind.Relative));
        using var comment = await client.AddCommentAsync(world.UnsharedTile, "Stakeholders may comment on shared tiles only.");
        await using var hub = App.HubAs(email);
        await hub.StartAsync();
        var joined = await hub.InvokeAsync<BoardView>("JoinBoard", world.ReviewId);
        var hubComment = await HubOutcome.StatusOfAsync(App, () => hub.InvokeAsync<TileSummary>("AddComment", world.UnsharedTile, "Through the hub."));
        using var page = PageClientAs(email);
        var boardHtml = await page.GetStringAsync(new Uri($"/boards/{world.ReviewId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, comment.StatusCode);
        Assert.Equal(NotFound, hubComment);
        Assert.DoesNotContain(joined.Tiles, t => t.Id == world.UnsharedTile);
        Assert.Contains("data-tile-article=\"10\"", boardHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-tile-article=\"{ReviewWorld.UnsharedArticle}\"", boardHtml, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(world.UnsharedTile));
    }

    private async Task<int> RunAsync(MatrixOperation operation, ReviewWorld world, string email)
    {
        if (operation >= MatrixOperation.HubJoinBoard)
        {
            await using var hub = App.HubAs(email);
            await hub.StartAsync();
            return await HubOutcome.StatusOfAsync(App, () => CallHubAsync(hub, operation, world));
        }
        using var client = App.ClientAs(email);
        using var response = await CallApiAsync(client, operation, world);
        return (int)response.StatusCode;
    }

    private Task<HttpResponseMessage> CallApiAsync(HttpClient client, MatrixOperation operation, ReviewWorld world) => operation switch
    {
        MatrixOperation.ApiGetBoard => client.GetAsync(new Uri($"/api/boards/{world.ReviewId}", UriKind.Relative)),
        MatrixOperation.ApiGetTile => client.GetAsync(new Uri($"/api/tiles/{world.AnswerTile}", UriKind.Relative)),
        MatrixOperation.ApiMoveToAnswer => client.MoveAsync(world.AssignedTile, Column.Answer, VersionOf(world.AssignedTile)),
        MatrixOperation.ApiMoveUnassignedToAnswer => client.MoveAsync(world.UnassignedTile, Column.Answer, VersionOf(world.UnassignedTile)),
        MatrixOperation.ApiSaveAnswer => client.SaveAnswerAsync(world.AnswerTile, "Answered by the matrix.", VersionOf(world.AnswerTile)),
        MatrixOperation.ApiSaveLockedAnswer => client.SaveAnswerAsync(world.LockedTile, "Changed after review began.", VersionOf(world.LockedTile)),
        MatrixOperation.ApiAddComment => client.AddCommentAsync(world.AnswerTile, "A comment from the matrix."),
        MatrixOperation.ApiAssignAgencies => client.PutAsJsonAsync($"/api/tiles/{world.AssignedTile}/agencies",
            new { agencyIds = new[] { world.AgencyX, world.AgencyY }, expectedVersion = VersionOf(world.AssignedTile) }, ApiJson.Options),
        MatrixOperation.ApiArrangeTile => client.PutAsJsonAsync($"/api/tiles/{world.AnswerTile}/arrangement",
            new { groupLabel = "Prevention", priority = true, expectedVersion = VersionOf(world.AnswerTile) }, ApiJson.Options),
        MatrixOperation.ApiReorderTile => client.PostAsJsonAsync($"/api/tiles/{world.AnswerTile}/reorder",
            new { direction = "up", expectedVersion = VersionOf(world.AnswerTile) }, ApiJson.Options),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not an API operation."),
    };

    private Task CallHubAsync(HubConnection hub, MatrixOperation operation, ReviewWorld world) => operation switch
    {
        MatrixOperation.HubJoinBoard => hub.InvokeAsync<BoardView>("JoinBoard", world.ReviewId),
        MatrixOperation.HubMoveToAnswer => hub.InvokeAsync<TileSummary>("MoveTile", world.AssignedTile, Column.Answer, VersionOf(world.AssignedTile)),
        MatrixOperation.HubSaveAnswer => hub.InvokeAsync<TileSummary>("SaveAnswer", world.AnswerTile, "Answered through the hub.", VersionOf(world.AnswerTile)),
        MatrixOperation.HubAddComment => hub.InvokeAsync<TileSummary>("AddComment", world.AnswerTile, "A comment through the hub."),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a hub operation."),
    };

    private static Guid? TargetOf(MatrixOperation operation, ReviewWorld world) => operation switch
    {
        MatrixOperation.ApiGetBoard or MatrixOperation.HubJoinBoard => null,
        MatrixOperation.ApiGetTile or MatrixOperation.ApiSaveAnswer or MatrixOperation.ApiAddComment
            or MatrixOperation.ApiArrangeTile or MatrixOperation.ApiReorderTile
            or MatrixOperation.HubSaveAnswer or MatrixOperation.HubAddComment => world.AnswerTile,
        MatrixOperation.ApiMoveToAnswer or MatrixOperation.ApiAssignAgencies or MatrixOperation.HubMoveToAnswer => world.AssignedTile,
        MatrixOperation.ApiMoveUnassignedToAnswer => world.UnassignedTile,
        MatrixOperation.ApiSaveLockedAnswer => world.LockedTile,
    };

    private static bool IsChange(MatrixOperation operation) =>
        operation is not (MatrixOperation.ApiGetBoard or MatrixOperation.ApiGetTile or MatrixOperation.HubJoinBoard);

    /// <summary>A browser-like client signed in with the test header, asking for pages.</summary>
    private HttpClient PageClientAs(string email)
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestUserHandler.UserHeader, App.UserId(email).ToString());
        return client;
    }

    private int VersionOf(Guid tileId) => App.WithDb(db => db.Tiles.Where(t => t.Id == tileId).Select(t => t.Version).Single());

    /// <summary>What a change would alter: the version (column, answer, agencies) and the comments.</summary>
    private (int Version, int Comments) Snapshot(Guid tileId) => App.WithDb(db =>
        (db.Tiles.Where(t => t.Id == tileId).Select(t => t.Version).Single(), db.Comments.Count(c => c.TileId == tileId)));
}
