using System.Net;
using System.Net.Http.Json;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// What every response carries (a strict Content-Security-Policy, no framing, no sniffing) and the
/// cross-site request guard of the API and the hub, which authenticate by cookie.
/// </summary>
public sealed class HeadersAndCsrfTests(SharedHost host) : IClassFixture<SharedHost>
{
    private const string Evil = "https://evil.example";

    private PlannerAppFactory App => host.App;

    public static TheoryData<string, bool> Pages() => new()
    {
        { "/sign-in", false },
        { "/not-found", false },
        { "/invitations/not-a-token", false },
        { "/", true },
        { "/boards/{review}", true },
        { "/boards/{review}/people", true },
        { "/account/security", true },
        { $"/boards/{Guid.Empty}", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task HtmlPage_AnyPage_CarriesStrictCspNoFramingAndNosniff(string path, bool signedIn)
    {
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (signedIn)
        {
            client.DefaultRequestHeaders.Add(TestUserHandler.UserHeader, App.UserId(SampleUsers.Secretariat).ToString());
        }

        using var response = await client.GetAsync(new Uri(path.Replace("{review}", App.ReviewId.ToString(), StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("base-uri 'self'", directives["base-uri"]);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task AddComment_ForeignOrigin_Refused403AndNothingAdded()
    {
        using var client = App.ClientAs(SampleUsers.Reviewer);
        var tileId = App.TileId(6);
        var before = CommentsOn(tileId);

        using var response = await PostCommentAsync(client, tileId, Evil);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, CommentsOn(tileId));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("http://evil.example:80")]
    public async Task AddComment_OtherOriginShapes_Refused403(string origin)
    {
        using var client = App.ClientAs(SampleUsers.Reviewer);
        var tileId = App.TileId(6);
        var before = CommentsOn(tileId);

        using var response = await PostCommentAsync(client, tileId, origin);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, CommentsOn(tileId));
    }

    [Fact]
    public async Task AddComment_SameOrigin_IsAccepted()
    {
        using var client = App.ClientAs(SampleUsers.Reviewer);
        var tileId = App.TileId(6);
        var before = CommentsOn(tileId);

        using var response = await PostCommentAsync(client, tileId, "http://localhost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, CommentsOn(tileId));
    }

    [Fact]
    public async Task SaveAnswer_ForeignOrigin_Refused403AndAnswerKept()
    {
        using var client = App.ClientAs(SampleUsers.FocalPoint);
        var tileId = App.TileId(7);
        var before = await client.GetTileAsync(tileId);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/tiles/{tileId}/answer", UriKind.Relative))
        {
            Content = JsonContent.Create(new { text = "Forged.", expectedVersion = before.Tile.Version }, options: ApiJson.Options),
        };
        request.Headers.Add("Origin", Evil);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.Answer, (await client.GetTileAsync(tileId)).Answer);
    }

    [Theory]
    [InlineData(Evil, HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    public async Task HubNegotiate_ByOrigin_ForeignRefusedOwnAccepted(string origin, HttpStatusCode expected)
    {
        using var client = App.ClientAs(SampleUsers.Reviewer);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/hubs/board/negotiate?negotiateVersion=1", UriKind.Relative));
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>The language links take a return path; one that leaves the site must bring the person home instead.</summary>
    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task Culture_ReturnUrlToAnotherSite_RedirectsHome(string returnUrl)
    {
        using var response = await CultureAsync(returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    /// <summary>
    /// Browsers read "/\host" as "//host". The endpoint's own check lets it through and
    /// Results.LocalRedirect then throws, so the person gets a 500 instead of going home.
    /// </summary>
    [Fact]
    public async Task Culture_ReturnUrlWithBackslash_RedirectsHomeRatherThanFailing()
    {
        using var response = await CultureAsync("/\\evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private async Task<HttpResponseMessage> CultureAsync(string returnUrl)
    {
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri($"/culture/fr?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));
    }

    private static Task<HttpResponseMessage> PostCommentAsync(HttpClient client, Guid tileId, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tiles/{tileId}/comments", UriKind.Relative))
        {
            Content = JsonContent.Create(new { text = "Sent from " + origin }, options: ApiJson.Options),
        };
        request.Headers.Add("Origin", origin);
        return SendAndDisposeAsync(client, request);
    }

    private static async Task<HttpResponseMessage> SendAndDisposeAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            return await client.SendAsync(request);
        }
    }

    private int CommentsOn(Guid tileId) => App.WithDb(db => db.Comments.Count(c => c.TileId == tileId));
}
