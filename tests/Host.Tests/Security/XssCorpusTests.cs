using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Queries;
using Planner.Board.Reviews;
using Planner.Board.Sample;
using Planner.Board.Workflow;
using Planner.Host.Markdown;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// Script injection through every text a person can put in: answers and comments (Markdown,
/// rendered by MarkdownRenderer), people's names and agencies' names (shown as text on pages).
/// </summary>
public sealed class XssCorpusTests(SharedHost host) : IClassFixture<SharedHost>
{
    private PlannerAppFactory App => host.App;

    public static TheoryData<string> Payloads() => XssPayloads.Cases();

    [Fact]
    public void Corpus_HasAtLeastFiftyPayloads() => Assert.True(XssPayloads.All.Count >= 50, $"{XssPayloads.All.Count} payloads");

    [Theory]
    [MemberData(nameof(Payloads))]
    public void ToHtml_Payload_RendersNothingActive(string payload)
    {
        var html = MarkdownRenderer.ToHtml(payload);

        Assert.Empty(ActiveContent.InFragment(html));
    }

    /// <summary>The checker itself: HTML that would run script is found, so an empty finding means something.</summary>
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\" java\tscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"VBScript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    [InlineData("<iframe srcdoc=\"x\"></iframe>")]
    [InlineData("<p style=\"color:red\">x</p>")]
    [InlineData("<object data=\"x\"></object>")]
    public void ActiveContent_HtmlThatRunsScript_IsFound(string html) => Assert.NotEmpty(ActiveContent.InFragment(html));

    [Fact]
    public async Task SaveAnswer_EveryPayload_IsStoredAsWrittenAndRendersNothingActive()
    {
        using var client = App.ClientAs(SampleUsers.FocalPoint);
        var tileId = App.TileId(55);
        var failures = new List<string>();

        foreach (var payload in XssPayloads.All)
        {
            var version = (await client.GetTileAsync(tileId)).Tile.Version;
            using var saved = await client.SaveAnswerAsync(tileId, payload, version);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var stored = (await client.GetTileAsync(tileId)).Answer;
            if (stored != payload)
            {
                failures.Add($"{payload} was stored as {stored}");
            }
            failures.AddRange(ActiveContent.InFragment(MarkdownRenderer.ToHtml(stored)).Select(f => $"{payload}: {f}"));
        }

        Assert.Empty(failures);
        var history = (await client.GetTileAsync(tileId)).AnswerHistory.Select(a => a.Text).ToList();
        Assert.All(XssPayloads.All, p => Assert.Contains(p, history));
    }

    [Fact]
    public async Task AddComment_EveryPayload_IsStoredAsWrittenAndRendersNothingActive()
    {
        using var client = App.ClientAs(SampleUsers.Reviewer);
        var tileId = App.TileId(6);

        foreach (var payload in XssPayloads.All)
        {
            using var response = await client.AddCommentAsync(tileId, payload);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var comments = (await client.GetTileAsync(tileId)).Comments.Select(c => c.Text).ToList();
        Assert.All(XssPayloads.All, p => Assert.Contains(p, comments));
        Assert.All(comments, c => Assert.Empty(ActiveContent.InFragment(MarkdownRenderer.ToHtml(c))));
    }

    /// <summary>The API writes text as it is (ASP.NET Core's relaxed JSON escaping); JSON with nosniff is never read as a page.</summary>
    [Fact]
    public async Task GetTile_PayloadInComment_IsServedAsJsonWithNosniff()
    {
        using var client = App.ClientAs(SampleUsers.Reviewer);
        var tileId = App.TileId(14);
        using var added = await client.AddCommentAsync(tileId, "<script>alert(1)</script>");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        using var response = await client.GetAsync(new Uri($"/api/tiles/{tileId}", UriKind.Relative));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("<script>alert(1)</script>", (await response.ReadAsync<TileDetail>()).Comments.Select(c => c.Text));
    }

    /// <summary>
    /// Every one-line payload becomes an agency's name (inserted directly) and the name of an
    /// expert nominated to it: the people page and the board show them as text, never as markup.
    /// </summary>
    [Fact]
    public async Task PeopleAndBoardPages_PayloadNamesOfPeopleAndAgencies_AreShownAsTextOnly()
    {
        var reviewId = App.ReviewId;
        var agencies = XssPayloads.Names.Select(name => new Agency(Guid.NewGuid(), reviewId, name)).ToList();
        App.WithDb(db =>
        {
            db.Agencies.AddRange(agencies);
            return db.SaveChanges();
        });
        using (var scope = App.Services.CreateScope())
        {
            var nominate = scope.ServiceProvider.GetRequiredService<NominateExpertCommand>();
            var secretariat = SampleDataSeeder.UserIdFor(SampleUsers.Secretariat);
            for (var i = 0; i < agencies.Count; i++)
            {
                var result = await nominate.ExecuteAsync(
                    new NominateExpert(reviewId, XssPayloads.Names[i], $"xss-{i}@example.org", ReviewRole.AgencyExpert, agencies[i].Id), secretariat);
                Assert.Equal(NominationStatus.Nominated, result.Status);
            }
        }
        using (var focalPoint = App.ClientAs(SampleUsers.FocalPoint))
        {
            var tileId = App.TileId(11);
            var version = (await focalPoint.GetTileAsync(tileId)).Tile.Version;
            using var assigned = await focalPoint.PutAsJsonAsync($"/api/tiles/{tileId}/agencies",
                new { agencyIds = agencies.Select(a => a.Id), expectedVersion = version }, ApiJson.Options);
            Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        }

        var people = await PageAsync($"/boards/{reviewId}/people", SampleUsers.Secretariat);
        var board = await PageAsync($"/boards/{reviewId}", SampleUsers.FocalPoint);

        Assert.Empty(ActiveContent.InPage(people));
        Assert.Empty(ActiveContent.InPage(board));
        var peopleDocument = ActiveContent.Parse(people);
        var cells = peopleDocument.QuerySelectorAll("table.people td").Select(Text).ToHashSet();
        var options = peopleDocument.QuerySelectorAll("select#agency option").Select(Text).ToHashSet();
        var boardText = ActiveContent.Parse(board).Body!.TextContent;
        Assert.All(XssPayloads.Names, name =>
        {
            Assert.Contains(name.Trim(), cells);
            Assert.Contains(name.Trim(), options);
            Assert.Contains(name.Trim(), boardText, StringComparison.Ordinal);
            if (name.Contains('<', StringComparison.Ordinal))
            {
                Assert.DoesNotContain(name.Trim(), people, StringComparison.Ordinal);
                Assert.DoesNotContain(name.Trim(), board, StringComparison.Ordinal);
            }
        });
    }

    private async Task<string> PageAsync(string path, string email)
    {
        using var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestUserHandler.UserHeader, App.UserId(email).ToString());
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Text(IElement element) => element.TextContent.Trim();
}
