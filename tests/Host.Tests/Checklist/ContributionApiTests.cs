using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Planner.Board.Checklist;
using Planner.Board.Queries;
using Planner.Board.Tiles.Contributions;
using Planner.Host.Api;
using Planner.Host.Checklist;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Checklist;

/// <summary>Two agencies answer one article, each in its own attributed contribution; the focal point compiles them (G1).</summary>
public sealed class ContributionApiTests : IAsyncLifetime
{
    private const int Article = 55;
    private readonly PlannerAppFactory app = new();
    private Guid ethics;
    private Guid attorneyGeneral;

    public async Task InitializeAsync()
    {
        ethics = app.WithDb(db => db.Agencies.Single(a => a.Name == "Ethics and Anti-Corruption Commission").Id);
        attorneyGeneral = app.WithDb(db => db.Agencies.Single(a => a.Name.StartsWith("Office of the Attorney-General")).Id);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        var tile = (await focalPoint.GetFromJsonAsync<TileDetail>($"/api/tiles/{app.TileId(Article)}", ApiJson.Options))!;
        using var assigned = await focalPoint.PutAsJsonAsync($"/api/tiles/{app.TileId(Article)}/agencies",
            new AssignAgenciesRequest([attorneyGeneral, ethics], tile.Tile.Version), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task SaveContribution_TwoAgencies_EachKeepsItsOwnAttributedAndTheFocalPointCompilesBoth()
    {
        using var grace = app.ClientAs(SampleUsers.Expert);
        using var daniel = app.ClientAs(SampleUsers.SecondExpert);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        using var first = await grace.PutAsJsonAsync(Url(ethics), new SaveContributionRequest(
            [new(DefaultChecklist.ComplianceKey, Compliance.InPart, "The Commission handles asset declarations."),
             new(DefaultChecklist.MeasuresKey, null, "Anti-Corruption and Economic Crimes Act, s. 55.")], Done: false, ExpectedVersion: 0), ApiJson.Options);
        using var second = await daniel.PutAsJsonAsync(Url(attorneyGeneral), new SaveContributionRequest(
            [new(DefaultChecklist.MeasuresKey, null, "Mutual Legal Assistance Act 2011.")], Done: true, ExpectedVersion: 0), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var seen = (await focalPoint.GetFromJsonAsync<TileContributions>($"/api/tiles/{app.TileId(Article)}/contributions", ApiJson.Options))!;
        var fromEthics = Assert.Single(seen.Contributions, c => c.AgencyId == ethics);
        var fromAg = Assert.Single(seen.Contributions, c => c.AgencyId == attorneyGeneral);
        Assert.Equal("Grace Wanjiru", fromEthics.UpdatedBy);
        Assert.False(fromEthics.Done);
        Assert.Equal(Compliance.InPart, fromEthics.Answers.Single(a => a.Key == DefaultChecklist.ComplianceKey).Choice);
        Assert.Equal("Daniel Otieno", fromAg.UpdatedBy);
        Assert.True(fromAg.Done);
        Assert.Equal(5, seen.Questions.Count);
        var compiled = (await focalPoint.GetFromJsonAsync<CompiledAnswer>($"/api/tiles/{app.TileId(Article)}/contributions/compiled?lang=en", ApiJson.Options))!;
        Assert.Contains("**Ethics and Anti-Corruption Commission** — In part", compiled.Markdown, StringComparison.Ordinal);
        Assert.Contains("Anti-Corruption and Economic Crimes Act, s. 55.", compiled.Markdown, StringComparison.Ordinal);
        Assert.Contains("Mutual Legal Assistance Act 2011.", compiled.Markdown, StringComparison.Ordinal);
        Assert.True(app.WithDb(db => db.AuditLog.Any(a => a.Entity == "Contribution" && a.ActorName == "Daniel Otieno")));
    }

    [Fact]
    public async Task SaveContribution_ExpertForAnotherAgency_Returns403AndNothingIsSaved()
    {
        using var grace = app.ClientAs(SampleUsers.Expert);

        using var response = await grace.PutAsJsonAsync(Url(attorneyGeneral), new SaveContributionRequest(
            [new(DefaultChecklist.MeasuresKey, null, "Written by the wrong agency.")], false, 0), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Contributions.Count()));
    }

    [Fact]
    public async Task SaveContribution_StaleVersion_Returns409WithTheLatestAndKeepsIt()
    {
        using var grace = app.ClientAs(SampleUsers.Expert);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);
        using var saved = await grace.PutAsJsonAsync(Url(ethics), new SaveContributionRequest(
            [new(DefaultChecklist.MeasuresKey, null, "Grace's first text.")], false, 0), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // The focal point started from nothing (version 0) before Grace saved.
        using var stale = await focalPoint.PutAsJsonAsync(Url(ethics), new SaveContributionRequest(
            [new(DefaultChecklist.MeasuresKey, null, "The focal point's text.")], false, 0), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = (await stale.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.Contains("Grace Wanjiru", problem.Detail, StringComparison.Ordinal);
        var current = (await focalPoint.GetFromJsonAsync<TileContributions>($"/api/tiles/{app.TileId(Article)}/contributions", ApiJson.Options))!;
        Assert.Equal("Grace's first text.", current.Contributions.Single(c => c.AgencyId == ethics).Answers.Single().Text);
        Assert.Equal(1, current.Contributions.Single(c => c.AgencyId == ethics).Version);
    }

    [Fact]
    public async Task SaveContribution_QuestionNotInTheChecklist_Returns400()
    {
        using var grace = app.ClientAs(SampleUsers.Expert);

        using var response = await grace.PutAsJsonAsync(Url(ethics), new SaveContributionRequest(
            [new("made-up-question", null, "Text.")], false, 0), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Contributions.Count()));
    }

    [Fact]
    public async Task GetContributions_UserWithoutRole_Returns404()
    {
        using var outsider = app.ClientAs(app.AddUserWithoutRole());

        using var response = await outsider.GetAsync($"/api/tiles/{app.TileId(Article)}/contributions");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private string Url(Guid agency) => $"/api/tiles/{app.TileId(Article)}/contributions/{agency}";
}
