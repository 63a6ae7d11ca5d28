using System.Net;
using System.Net.Http.Json;
using System.Text;
using Planner.Board.Convention;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Verification;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>
/// A year's draw built from Planner's data (D2): the first year of cycle 3 after its schedule was
/// drawn; its results as CSV in the six languages; its public replay.
/// </summary>
public sealed class YearlyDrawTests(DrawnYearFixture year) : IClassFixture<DrawnYearFixture>
{
    private PlannerAppFactory App => year.App;

    [Fact]
    public void OpenYearlyDraw_ScheduledYear_CommitmentPublishedSeedHiddenAndTheYearsStatesUnderReview()
    {
        Assert.Matches("^[0-9a-f]{64}$", year.Opened.Commitment);
        Assert.Null(year.Opened.Seed);
        Assert.Null(year.Opened.Result);
        Assert.Equal(3, year.Opened.Cycle);
        Assert.Equal(1, year.Opened.Year);
        Assert.Equal(year.Schedule.Result!.StatesIn(1), year.Opened.Input.UnderReview.Select(s => s.Iso3));
        Assert.Equal(194, year.Opened.Input.Pool.Count);
    }

    [Fact]
    public async Task RunYearlyDraw_ScheduledYear_EveryStateGetsTwoReviewersByTheRules()
    {
        using var observer = App.ClientAs(SampleUsers.Observer);
        var groups = (await observer.PartiesAsync()).ToDictionary(p => p.Iso3, p => p.Group);

        var drawn = await observer.DrawAsync(year.Opened.Id);

        Assert.True(SeedCommitment.Verify(drawn.Commitment, Convert.FromHexString(drawn.Seed!)));
        var result = drawn.Result!;
        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(year.Schedule.Result!.StatesIn(1), result.Assignments.Select(a => a.Reviewed).Order(StringComparer.Ordinal));
        Assert.All(result.Assignments, a =>
        {
            Assert.NotEqual(a.Reviewed, a.GroupReviewer);
            Assert.NotEqual(a.Reviewed, a.BoxReviewer);
            Assert.NotEqual(a.GroupReviewer, a.BoxReviewer);
            Assert.Equal(groups[a.Reviewed], groups[a.GroupReviewer]);
        });
        var reviews = result.Assignments.SelectMany(a => new[] { (Reviewer: a.GroupReviewer, a.Reviewed), (Reviewer: a.BoxReviewer, a.Reviewed) }).ToList();
        Assert.All(reviews.GroupBy(r => r.Reviewer), g => Assert.True(g.Count() <= 2, $"{g.Key} reviews {g.Count()} States"));
        Assert.All(reviews, r => Assert.DoesNotContain((r.Reviewed, r.Reviewer), reviews));
    }

    [Fact]
    public async Task ListDraws_Observer_ShowsTheDrawWithItsRevealedSeed()
    {
        using var observer = App.ClientAs(SampleUsers.Observer);

        var draws = (await observer.GetFromJsonAsync<List<DrawView>>(DrawApp.Api + "/draws", ApiJson.Options))!;

        var listed = Assert.Single(draws, d => d.Id == year.Drawn.Id);
        Assert.Equal(year.Drawn.Seed, listed.Seed);
        Assert.Equal(year.Drawn.Result!.Assignments, listed.Result!.Assignments);
    }

    [Fact]
    public async Task ResultsCsv_French_HeaderAndStateNamesInFrench()
    {
        using var observer = App.ClientAs(SampleUsers.Observer);

        using var response = await observer.GetAsync($"{DrawApp.Api}/draws/{year.Drawn.Id}/results.csv?lang=fr");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("draw-results-cycle-3-year-1-fr.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = await LinesAsync(response);
        Assert.StartsWith("État partie examiné,", lines[0], StringComparison.Ordinal);
        Assert.Equal(year.Drawn.Result!.Assignments.Count + 1, lines.Length);
        var (iso3, french) = NameOfAReviewedState(s => s.Fr);
        Assert.Contains(lines, l => l.Contains(french + "," + iso3, StringComparison.Ordinal) || l.Contains($"\"{french}\",{iso3}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResultsCsv_Arabic_HeaderAndStateNamesInArabic()
    {
        using var observer = App.ClientAs(SampleUsers.Observer);

        using var response = await observer.GetAsync($"{DrawApp.Api}/draws/{year.Drawn.Id}/results.csv?lang=ar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = await LinesAsync(response);
        Assert.StartsWith("الدولة الطرف المستعرَضة,", lines[0], StringComparison.Ordinal);
        var (iso3, arabic) = NameOfAReviewedState(s => s.Ar);
        Assert.Contains(lines, l => l.Contains(arabic, StringComparison.Ordinal) && l.Contains(iso3, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResultsCsv_UnknownDraw_Returns404()
    {
        using var observer = App.ClientAs(SampleUsers.Observer);

        using var response = await observer.GetAsync($"{DrawApp.Api}/draws/{Guid.NewGuid()}/results.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Verify_PublishedDraw_CommitmentAndPublishedAssignmentsMatch()
    {
        using var observer = App.ClientAs(SampleUsers.Observer);
        var drawn = year.Drawn;

        using var response = await observer.PostAsJsonAsync(DrawApp.Api + "/verify", new VerifyDrawRequest(drawn.Input, drawn.Seed, drawn.Commitment)
        {
            Redraws = drawn.Result!.Redraws,
            Published = drawn.Result.Assignments,
        }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replay = await response.ReadAsync<VerifyDrawResponse>();
        Assert.True(replay.CommitmentMatches);
        Assert.True(replay.PublishedMatches);
        Assert.Equal(drawn.Result.Assignments, replay.Result.Assignments);
    }

    [Fact]
    public async Task Verify_TamperedPublishedAssignment_PublishedDoesNotMatch()
    {
        using var observer = App.ClientAs(SampleUsers.Observer);
        var drawn = year.Drawn;
        var published = drawn.Result!.Assignments.ToList();
        published[0] = published[0] with { GroupReviewer = published[0].BoxReviewer, BoxReviewer = published[0].GroupReviewer };

        using var response = await observer.PostAsJsonAsync(DrawApp.Api + "/verify", new VerifyDrawRequest(drawn.Input, drawn.Seed, drawn.Commitment)
        {
            Published = published,
        }, ApiJson.Options);

        var replay = await response.ReadAsync<VerifyDrawResponse>();
        Assert.True(replay.CommitmentMatches);
        Assert.False(replay.PublishedMatches);
    }

    [Fact]
    public async Task OpenYearlyDraw_CycleWithoutSchedule_Returns400()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsJsonAsync(DrawApp.Api + "/draws/yearly", new OpenYearlyDrawRequest(4, 1), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("schedule", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenYearlyDraw_YearOutsideTheCycle_Returns400()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsJsonAsync(DrawApp.Api + "/draws/yearly", new OpenYearlyDrawRequest(3, 6), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OpenYearlyDraw_FocalPoint_Returns403()
    {
        using var focalPoint = App.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostAsJsonAsync(DrawApp.Api + "/draws/yearly", new OpenYearlyDrawRequest(3, 2), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task OpenYearlyDraw_NamedStateNotAParty_Returns400NamingIt()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);

        using var response = await secretariat.PostAsJsonAsync(DrawApp.Api + "/draws/yearly",
            new OpenYearlyDrawRequest(3, 2) { States = ["KEN", "PRK"] }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PRK", (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
    }

    private static async Task<string[]> LinesAsync(HttpResponseMessage response)
    {
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        return text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A State under review whose name in that language differs from the English one, with that name.</summary>
    private (string Iso3, string Name) NameOfAReviewedState(Func<LocalizedText, string> name)
    {
        var reviewed = year.Drawn.Result!.Assignments.Select(a => a.Reviewed).ToList();
        return App.WithDb(db => db.States.Where(s => reviewed.Contains(s.Iso3)).AsEnumerable()
            .Select(s => (s.Iso3, Name: name(s.Name), English: s.Name.En))
            .Where(s => s.Name != s.English)
            .Select(s => (s.Iso3, s.Name))
            .First());
    }
}
