using System.Net;
using System.Net.Http.Json;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Schedule;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Verification;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>A cycle's schedule (D1) through /api/plugins/draw/schedules: committed, drawn, late joiners added to the last year.</summary>
/// <remarks>The tests share one host, each on a cycle of its own; none changes the States parties.</remarks>
public sealed class ScheduleApiTests(DrawAppFixture fixture) : IClassFixture<DrawAppFixture>
{
    private PlannerAppFactory App => fixture.App;

    [Fact]
    public async Task OpenSchedule_NewDraw_Returns201WithCommitmentAndNoSeed()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);
        using var observer = App.ClientAs(SampleUsers.Observer);

        using var response = await secretariat.PostAsJsonAsync(DrawApp.Api + "/schedules",
            new OpenScheduleRequest(7, 2027, SchedulePolicy.NewDraw), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var opened = await response.ReadAsync<ScheduleView>();
        Assert.Matches("^[0-9a-f]{64}$", opened.Commitment);
        Assert.Null(opened.Seed);
        Assert.Null(opened.Result);
        Assert.Equal(SampleUsers.SecretariatName, opened.OpenedBy);
        var seen = (await observer.GetFromJsonAsync<ScheduleView>(DrawApp.Api + "/schedules/7", ApiJson.Options))!;
        Assert.Equal(opened.Commitment, seen.Commitment);
        Assert.Null(seen.Seed);
        Assert.True(App.WithDb(db => db.Cycles.Any(c => c.Number == 7)));
    }

    [Fact]
    public async Task RunSchedule_NewDraw_SeedMatchesCommitmentAndEveryPartyIsSpreadEvenlyOverFourYears()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);
        using var opened = await secretariat.PostAsJsonAsync(DrawApp.Api + "/schedules",
            new OpenScheduleRequest(4, 2027, SchedulePolicy.NewDraw), ApiJson.Options);
        var commitment = (await opened.ReadAsync<ScheduleView>()).Commitment;

        using var run = await secretariat.PostAsync(DrawApp.Api + "/schedules/4/run", null);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var drawn = await run.ReadAsync<ScheduleView>();
        Assert.Equal(commitment, drawn.Commitment);
        Assert.True(SeedCommitment.Verify(commitment, Convert.FromHexString(drawn.Seed!)));
        var years = drawn.Result!.Years;
        Assert.Equal([1, 2, 3, 4, 5], years.Select(y => y.Year));
        Assert.Empty(years[4].States);
        var parties = (await secretariat.PartiesAsync()).Where(p => p.IsParty).Select(p => p.Iso3).Order(StringComparer.Ordinal);
        Assert.Equal(parties, years.SelectMany(y => y.States).Order(StringComparer.Ordinal));
        var perYear = years.Take(4).Select(y => y.States.Count).ToList();
        Assert.True(perYear.Max() - perYear.Min() <= 1, $"States per year: {string.Join(", ", perYear)}");
        Assert.False(drawn.Result.OutsideTermsOfReference);
    }

    [Fact]
    public async Task RunSchedule_RunTwice_TheScheduleDoesNotChange()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);
        var first = await secretariat.DrawScheduleAsync(5);

        using var again = await secretariat.PostAsync(DrawApp.Api + "/schedules/5/run", null);

        var second = await again.ReadAsync<ScheduleView>();
        Assert.Equal(first.Seed, second.Seed);
        Assert.Equal(first.Result!.Years.Select(y => string.Join(",", y.States)), second.Result!.Years.Select(y => string.Join(",", y.States)));
    }

    [Fact]
    public async Task RunSchedule_KeepPreviousOrder_MarkedOutsideTermsOfReferenceAndKenyaKeepsItsYear()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);

        var drawn = await secretariat.DrawScheduleAsync(3, SchedulePolicy.KeepPreviousOrder);

        Assert.True(drawn.Result!.OutsideTermsOfReference);
        Assert.Equal(SchedulePolicy.KeepPreviousOrder, drawn.Result.Policy);
        Assert.Equal(5, drawn.Result.YearOf("KEN"));
    }

    [Fact]
    public async Task OpenSchedule_FocalPoint_Returns403AndNoScheduleExists()
    {
        using var focalPoint = App.ClientAs(SampleUsers.FocalPoint);

        using var response = await focalPoint.PostAsJsonAsync(DrawApp.Api + "/schedules",
            new OpenScheduleRequest(8, 2027, SchedulePolicy.NewDraw), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var get = await focalPoint.GetAsync(DrawApp.Api + "/schedules/8");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Theory]
    [InlineData("PRK")]
    [InlineData("XXX")]
    public async Task AddLateJoiner_NotAParty_Returns400AndTheScheduleIsUnchanged(string iso3)
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);
        await secretariat.DrawScheduleAsync(9);

        using var response = await secretariat.PostAsync($"{DrawApp.Api}/schedules/9/late-joiners/{iso3}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(iso3, (await response.ReadProblemAsync()).Detail, StringComparison.Ordinal);
        var schedule = (await secretariat.GetFromJsonAsync<ScheduleView>(DrawApp.Api + "/schedules/9", ApiJson.Options))!;
        Assert.Empty(schedule.Result!.Years[4].States);
        Assert.Empty(schedule.LateJoiners);
    }

    [Fact]
    public async Task AddLateJoiner_ScheduleNotYetDrawn_Returns400()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);
        using var opened = await secretariat.PostAsJsonAsync(DrawApp.Api + "/schedules",
            new OpenScheduleRequest(11, 2027, SchedulePolicy.NewDraw), ApiJson.Options);

        using var response = await secretariat.PostAsync(DrawApp.Api + "/schedules/11/late-joiners/KEN", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
