using System.Net;
using System.Net.Http.Json;
using Planner.Board.Resources;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Resources;

/// <summary>The secretariat keeps the guidance material per article; everyone on a review reads it on the tile's article.</summary>
public sealed class ResourcesApiTests : IAsyncLifetime
{
    private const string Guide = "https://www.unodc.org/unodc/en/treaties/CAC/technical-guide.html";

    private PlannerAppFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new PlannerAppFactory();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Post_SecretariatAddsForArticle_AgencyExpertSeesItOnThatArticleOnlyAndChangeIsAudited()
    {
        var response = await AddAsync(factory.ClientAs(SampleUsers.Secretariat),
            new { articleNumber = 5, title = "Anti-corruption policies: good practices", url = Guide, description = "Chapter on article 5", language = "en" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = await response.ReadAsync<ResourceView>();
        Assert.Equal((5, 1, SampleUsers.SecretariatName), (added.ArticleNumber, added.Version, added.UpdatedBy));
        var expert = factory.ClientAs(SampleUsers.Expert);
        var onArticle5 = await expert.GetFromJsonAsync<List<ResourceView>>("/api/articles/5/resources", ApiJson.Options);
        var onArticle6 = await expert.GetFromJsonAsync<List<ResourceView>>("/api/articles/6/resources", ApiJson.Options);
        Assert.Equal(Guide, onArticle5![0].Url);
        Assert.Equal("Anti-corruption policies: good practices", onArticle5[0].Title);
        Assert.DoesNotContain(onArticle6!, r => r.Id == added.Id);
        // The sample's general guidance shows on every article.
        Assert.Contains(onArticle6!, r => r.Title == "Technical Guide to the United Nations Convention against Corruption" && r.ArticleNumber is null);
        Assert.True(factory.WithDb(db => db.AuditLog.Any(a => a.Entity == nameof(ArticleResource) && a.EntityKey == added.Id.ToString() && a.ActorName == SampleUsers.SecretariatName)));
    }

    [Theory]
    [InlineData(SampleUsers.FocalPoint)]
    [InlineData(SampleUsers.Expert)]
    [InlineData(SampleUsers.Reviewer)]
    public async Task Post_NotSecretariat_ForbiddenProblemAndNothingSaved(string user)
    {
        var response = await AddAsync(factory.ClientAs(user), new { articleNumber = 5, title = "My own guide", url = Guide });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("RoleMayNotEditResources", problem.StringExtension("refusal"));
        Assert.Equal("Only the secretariat keeps the list of resources.", problem.Detail);
        Assert.DoesNotContain(await ArticleAsync(5), r => r.Title == "My own guide");
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(user).GetAsync("/api/resources")).StatusCode);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/documents/guide.pdf")]
    [InlineData("www.unodc.org")]
    [InlineData("ftp://ftp.example.org/guide.pdf")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public async Task Post_LinkNotHttpOrHttps_BadRequestProblem(string url)
    {
        var response = await AddAsync(factory.ClientAs(SampleUsers.Secretariat), new { articleNumber = 5, title = "Guide", url });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("ResourceLinkNotAllowed", problem.StringExtension("refusal"));
        Assert.Contains("https://", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(await ArticleAsync(5), r => r.Title == "Guide");
    }

    [Theory]
    [InlineData("  ", Guide, null, "ResourceTitleRequired")]
    [InlineData("Guide", null, " ", "ResourceNeedsLinkOrDescription")]
    [InlineData("Guide", Guide, null, "UnknownArticle", 72)]
    [InlineData("Guide", Guide, null, "UnknownLanguage", 5, "de")]
    public async Task Post_InvalidResource_BadRequestNamingTheRule(string title, string? url, string? description, string refusal,
        int article = 5, string? language = null)
    {
        var response = await AddAsync(factory.ClientAs(SampleUsers.Secretariat), new { articleNumber = article, title, url, description, language });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(refusal, (await response.ReadProblemAsync()).StringExtension("refusal"));
    }

    [Fact]
    public async Task Put_StaleVersion_ConflictWithLatestAndNothingOverwritten()
    {
        var secretariat = factory.ClientAs(SampleUsers.Secretariat);
        var added = await (await AddAsync(secretariat, new { articleNumber = 9, title = "Procurement guide", url = Guide })).ReadAsync<ResourceView>();
        Assert.Equal(HttpStatusCode.OK, (await EditAsync(secretariat, added.Id,
            new { articleNumber = 9, title = "Public procurement guide", url = Guide, expectedVersion = 1 })).StatusCode);

        var stale = await EditAsync(secretariat, added.Id, new { articleNumber = 9, title = "Old edit", url = Guide, expectedVersion = 1 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.ReadProblemAsync();
        Assert.Equal(2, problem.ObjectExtension("current").GetProperty("version").GetInt32());
        Assert.Equal("Public procurement guide", problem.ObjectExtension("current").GetProperty("title").GetString());
        var now = Assert.Single(await ArticleAsync(9), r => r.Id == added.Id);
        Assert.Equal(("Public procurement guide", 2), (now.Title, now.Version));
    }

    [Fact]
    public async Task Delete_CurrentVersion_GoneFromTheArticleAndKeptInTheDatabase()
    {
        var secretariat = factory.ClientAs(SampleUsers.Secretariat);
        var added = await (await AddAsync(secretariat, new { articleNumber = 7, title = "Recruitment checklist", description = "Merit, transparency, objective criteria" }))
            .ReadAsync<ResourceView>();

        Assert.Equal(HttpStatusCode.Conflict, (await secretariat.DeleteAsync($"/api/resources/{added.Id}?expectedVersion=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientAs(SampleUsers.FocalPoint).DeleteAsync($"/api/resources/{added.Id}?expectedVersion=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.DeleteAsync($"/api/resources/{added.Id}?expectedVersion=1")).StatusCode);

        Assert.DoesNotContain(await ArticleAsync(7), r => r.Id == added.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.DeleteAsync($"/api/resources/{added.Id}?expectedVersion=2")).StatusCode);
        Assert.True(factory.WithDb(db => db.Resources.Single(r => r.Id == added.Id).IsRemoved));
    }

    [Fact]
    public async Task GetArticle_UnknownArticleOrLanguageFilter_NotFoundOrOnlyThatLanguage()
    {
        var secretariat = factory.ClientAs(SampleUsers.Secretariat);
        await AddAsync(secretariat, new { articleNumber = 5, title = "Guide législatif", url = Guide, language = "fr" });

        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync("/api/articles/99/resources")).StatusCode);
        var french = await secretariat.GetFromJsonAsync<List<ResourceView>>("/api/articles/5/resources?language=fr", ApiJson.Options);
        Assert.Contains(french!, r => r.Title == "Guide législatif");
        Assert.All(french!, r => Assert.True(r.Language is null or "fr"));
    }

    private async Task<List<ResourceView>> ArticleAsync(int number) =>
        (await factory.ClientAs(SampleUsers.Secretariat).GetFromJsonAsync<List<ResourceView>>($"/api/articles/{number}/resources", ApiJson.Options))!;

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/resources", body, ApiJson.Options);

    private static Task<HttpResponseMessage> EditAsync(HttpClient client, Guid id, object body) =>
        client.PutAsJsonAsync($"/api/resources/{id}", body, ApiJson.Options);
}
