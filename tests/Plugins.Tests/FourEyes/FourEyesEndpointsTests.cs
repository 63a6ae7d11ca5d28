using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Planner.Plugins.Tests.Fakes;
using Planner.Plugins.Tests.Hosting;
using Planner.Plugins.Tests.Persistence;

namespace Planner.Plugins.Tests.FourEyes;

public sealed class FourEyesEndpointsTests : IAsyncLifetime
{
    private readonly InMemoryPluginStore store = new();
    private ReviewDatabase database = null!;
    private PluginApiHost host = null!;

    public async Task InitializeAsync()
    {
        database = await ReviewDatabase.CreateAsync();
        host = await PluginApiHost.StartAsync(database, store);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Approve_Reviewer_OkWithTheApprovals()
    {
        using var response = await PostApproveAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, body.RootElement.GetProperty("required").GetInt32());
        var approval = Assert.Single(body.RootElement.GetProperty("approvals").EnumerateArray());
        Assert.Equal("Rita Reviewer", approval.GetProperty("name").GetString());
        Assert.True(approval.TryGetProperty("at", out _));
    }

    [Fact]
    public async Task Approve_SecondTimeBySameReviewer_ForbiddenProblem()
    {
        (await PostApproveAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId)).Dispose();

        using var response = await PostApproveAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "You have already approved this article.");
    }

    [Fact]
    public async Task Approve_Secretariat_ForbiddenProblem()
    {
        using var response = await PostApproveAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.SecretariatId);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "Only a reviewer on this review may approve an article.");
    }

    [Fact]
    public async Task Approve_TileNotInReview_ForbiddenProblem()
    {
        using var response = await PostApproveAsync(ReviewDatabase.AnswerTileId, ReviewDatabase.RitaId);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "An article can be approved only while it is in Review.");
    }

    [Fact]
    public async Task Approve_UnknownTile_NotFoundProblem()
    {
        using var response = await PostApproveAsync(Guid.NewGuid(), ReviewDatabase.RitaId);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "Not found, or you have no role on this review.");
    }

    [Fact]
    public async Task Approve_NoRoleOnTheReview_NotFoundProblem()
    {
        using var response = await PostApproveAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.OutsiderId);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "Not found, or you have no role on this review.");
    }

    [Fact]
    public async Task Approve_FrenchRequest_ProblemInFrench()
    {
        using var request = Request(HttpMethod.Post, $"/api/plugins/four-eyes/tiles/{ReviewDatabase.ReviewTileId}/approve", ReviewDatabase.SecretariatId);
        request.Headers.Add("Accept-Language", "fr");

        using var response = await host.Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "Seul un examinateur de cet examen peut approuver un article.");
    }

    [Fact]
    public async Task Approve_SignedOut_Unauthorized()
    {
        using var response = await host.Client.PostAsync(new Uri($"/api/plugins/four-eyes/tiles/{ReviewDatabase.ReviewTileId}/approve", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetApprovals_AfterTwoApprovals_ListsBothInOrder()
    {
        (await PostApproveAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RitaId)).Dispose();
        (await PostApproveAsync(ReviewDatabase.ReviewTileId, ReviewDatabase.RafaelId)).Dispose();

        using var request = Request(HttpMethod.Get, $"/api/plugins/four-eyes/tiles/{ReviewDatabase.ReviewTileId}", ReviewDatabase.FocalPointId);
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, body.RootElement.GetProperty("required").GetInt32());
        Assert.Equal(["Rita Reviewer", "Rafael Reviewer"],
            body.RootElement.GetProperty("approvals").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task GetApprovals_NoRoleOnTheReview_NotFoundProblem()
    {
        using var request = Request(HttpMethod.Get, $"/api/plugins/four-eyes/tiles/{ReviewDatabase.ReviewTileId}", ReviewDatabase.OutsiderId);
        using var response = await host.Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "Not found, or you have no role on this review.");
    }

    private async Task<HttpResponseMessage> PostApproveAsync(Guid tileId, Guid userId)
    {
        using var request = Request(HttpMethod.Post, $"/api/plugins/four-eyes/tiles/{tileId}/approve", userId);
        return await host.Client.SendAsync(request);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, Guid userId)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add(HeaderAuthentication.Header, userId.ToString());
        return request;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }
}
