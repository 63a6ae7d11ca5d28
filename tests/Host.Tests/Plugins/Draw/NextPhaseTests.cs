using System.Net;
using System.Text;
using Planner.Board.States;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Parties;
using Planner.Plugins.Draw.Schedule;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>The next phase (D5): a yearly draw that keeps the previous cycle's reviewers where they are still parties.</summary>
public sealed class NextPhaseTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OpenYearlyDraw_KeepPrevious_StatesReviewedLastCycleKeepTheirReviewersAndNoLotsAreDrawnForThem()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        await secretariat.GiveGroupsToPartiesOutsideTheGroupsAsync();
        var schedule = await secretariat.DrawScheduleAsync(3);
        var parties = await secretariat.PartiesAsync();
        var (first, second) = TwoStatesOfYearOne(schedule.Result!, parties);
        var previous = new[] { PreviousReview(first, parties, 0), PreviousReview(second, parties, 2) };
        await ImportCycle2Async(secretariat, previous);

        var draw = await secretariat.OpenYearlyAsync(new OpenYearlyDrawRequest(3, 1) { Reviewers = NextPhasePolicy.KeepPrevious });
        var done = await secretariat.RunAsync(draw.Id);

        foreach (var kept in previous)
        {
            Assert.Contains(kept, done.Kept);
            Assert.DoesNotContain(done.Input.UnderReview, s => s.Iso3 == kept.Reviewed);
            Assert.DoesNotContain(done.Result!.Assignments, a => a.Reviewed == kept.Reviewed);
            Assert.DoesNotContain(done.Result.Steps, s => s.Seat.Reviewed == kept.Reviewed);
        }
        Assert.True(done.Result!.Succeeded, done.Result.Failure?.Message);
        Assert.Equal(schedule.Result!.StatesIn(1),
            done.Kept.Concat(done.Result.Assignments).Select(a => a.Reviewed).Order(StringComparer.Ordinal));
        using var csv = await secretariat.GetAsync($"{DrawApp.Api}/draws/{draw.Id}/results.csv?lang=en");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains(text.Split('\n'), l => l.Contains($",{first},", StringComparison.Ordinal) && l.TrimEnd().EndsWith(",yes,0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenYearlyDraw_KeepPreviousButAReviewerIsNoLongerAParty_ThatStateIsDrawnAnew()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        await secretariat.GiveGroupsToPartiesOutsideTheGroupsAsync();
        var schedule = await secretariat.DrawScheduleAsync(3);
        var parties = await secretariat.PartiesAsync();
        var (first, _) = TwoStatesOfYearOne(schedule.Result!, parties);
        var kept = PreviousReview(first, parties, 0);
        await ImportCycle2Async(secretariat, [kept with { GroupReviewer = "PRK" }]);

        var draw = await secretariat.OpenYearlyAsync(new OpenYearlyDrawRequest(3, 1) { Reviewers = NextPhasePolicy.KeepPrevious });
        var done = await secretariat.RunAsync(draw.Id);

        Assert.DoesNotContain(done.Kept, k => k.Reviewed == first);
        Assert.Contains(done.Input.UnderReview, s => s.Iso3 == first);
        Assert.True(done.Result!.Succeeded, done.Result.Failure?.Message);
        Assert.DoesNotContain("PRK", done.Result.For(first).AllReviewers());
    }

    [Fact]
    public async Task OpenYearlyDraw_NewDrawEachYear_IgnoresThePreviousCyclesReviewers()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        await secretariat.GiveGroupsToPartiesOutsideTheGroupsAsync();
        var schedule = await secretariat.DrawScheduleAsync(3);
        var parties = await secretariat.PartiesAsync();
        var (first, _) = TwoStatesOfYearOne(schedule.Result!, parties);
        await ImportCycle2Async(secretariat, [PreviousReview(first, parties, 0)]);

        var draw = await secretariat.OpenYearlyAsync(new OpenYearlyDrawRequest(3, 1));

        Assert.Empty(draw.Kept);
        Assert.Contains(draw.Input.UnderReview, s => s.Iso3 == first);
    }

    /// <summary>Two States of year 1 in a regional group, other than Kenya (whose cycle-2 review is the sample's).</summary>
    private static (string First, string Second) TwoStatesOfYearOne(CycleSchedule schedule, IReadOnlyList<PartyView> parties)
    {
        var inGroups = parties.Where(p => p.Group != RegionalGroup.None).Select(p => p.Iso3).ToHashSet();
        var states = schedule.StatesIn(1).Where(s => s != "KEN" && inGroups.Contains(s)).ToList();
        return (states[0], states[1]);
    }

    /// <summary>A previous review of <paramref name="reviewed"/> by two other parties of its group (<paramref name="skip"/> picks which).</summary>
    private static Assignment PreviousReview(string reviewed, IReadOnlyList<PartyView> parties, int skip)
    {
        var group = parties.Single(p => p.Iso3 == reviewed).Group;
        var reviewers = parties.Where(p => p.IsParty && p.Group == group && p.Iso3 != reviewed).Select(p => p.Iso3).Skip(skip).Take(2).ToList();
        return new Assignment(reviewed, reviewers[0], reviewers[1]);
    }

    private static async Task ImportCycle2Async(HttpClient secretariat, IEnumerable<Assignment> reviews)
    {
        var csv = "cycle,year,reviewed,reviewers,executive_summary\n"
            + string.Concat(reviews.Select(r => $"2,1,{r.Reviewed},{r.GroupReviewer};{r.BoxReviewer},\n"));
        using var response = await secretariat.PostCsvAsync("/history/import", csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
