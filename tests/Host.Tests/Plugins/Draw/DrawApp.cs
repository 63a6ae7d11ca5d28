using System.Net;
using System.Net.Http.Json;
using System.Text;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Parties;
using Planner.Plugins.Draw.Schedule;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>
/// The host with the draw plugin's lots revealed at once (no pause between them), and the calls a
/// secretariat member makes on <c>/api/plugins/draw</c> again and again in these tests.
/// </summary>
internal static class DrawApp
{
    public const string Api = "/api/plugins/draw";

    public static PlannerAppFactory Create() => new(b => b.UseSetting("Plugins:draw:RevealMilliseconds", "0"));

    public static async Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string path, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await client.PostAsync(Api + path, content);
    }

    public static async Task<IReadOnlyList<PartyView>> PartiesAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<PartyView>>(Api + "/parties", ApiJson.Options))!;

    public static async Task<PartyView> PartyAsync(this HttpClient client, string iso3) =>
        (await client.PartiesAsync()).Single(p => p.Iso3 == iso3);

    public static async Task<IReadOnlyList<PastReview>> HistoryAsync(this HttpClient client, int cycle) =>
        (await client.GetFromJsonAsync<List<PastReview>>($"{Api}/history?cycle={cycle}", ApiJson.Options))!;

    /// <summary>
    /// The sample has four parties outside the UN regional groups (Cook Islands, Niue, Palestine,
    /// Holy See); a group seat needs a group, so the secretariat gives them one before the draws.
    /// </summary>
    public static async Task GiveGroupsToPartiesOutsideTheGroupsAsync(this HttpClient secretariat)
    {
        PartyChange[] changes =
        [
            new("COK", true, RegionalGroup.AsiaPacific, null, null), new("NIU", true, RegionalGroup.AsiaPacific, null, null),
            new("PSE", true, RegionalGroup.AsiaPacific, null, null), new("VAT", true, RegionalGroup.WesternEuropeanOthers, null, null),
        ];
        using var response = await secretariat.PutAsJsonAsync(Api + "/parties", changes, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Opens and draws a cycle's schedule; fails the test unless both succeed.</summary>
    public static async Task<ScheduleView> DrawScheduleAsync(this HttpClient secretariat, int cycle, SchedulePolicy policy = SchedulePolicy.NewDraw)
    {
        using var opened = await secretariat.PostAsJsonAsync(Api + "/schedules", new OpenScheduleRequest(cycle, 2027, policy), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        using var run = await secretariat.PostAsync($"{Api}/schedules/{cycle}/run", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        return await run.ReadAsync<ScheduleView>();
    }

    /// <summary>Opens a yearly draw from Planner's data; fails the test unless it is created.</summary>
    public static async Task<DrawView> OpenYearlyAsync(this HttpClient secretariat, OpenYearlyDrawRequest request)
    {
        using var opened = await secretariat.PostAsJsonAsync(Api + "/draws/yearly", request, ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return await opened.ReadAsync<DrawView>();
    }

    /// <summary>Opens a draw from a given input; fails the test unless it is created.</summary>
    public static async Task<DrawView> OpenAsync(this HttpClient secretariat, DrawInput input)
    {
        using var opened = await secretariat.PostAsJsonAsync(Api + "/draws", input, ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return await opened.ReadAsync<DrawView>();
    }

    public static async Task<DrawView> RunAsync(this HttpClient secretariat, Guid draw)
    {
        using var run = await secretariat.PostAsync($"{Api}/draws/{draw}/run", null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        return await run.ReadAsync<DrawView>();
    }

    public static async Task<DrawView> DrawAsync(this HttpClient client, Guid draw) =>
        (await client.GetFromJsonAsync<DrawView>($"{Api}/draws/{draw}", ApiJson.Options))!;

    public static Task<HttpResponseMessage> RedrawAsync(this HttpClient secretariat, Guid draw, RedrawRequest request) =>
        secretariat.PostAsJsonAsync($"{Api}/draws/{draw}/redraw", request, ApiJson.Options);
}

/// <summary>One host shared by the tests of a class that do not change what the others look at.</summary>
public sealed class DrawAppFixture : IAsyncLifetime
{
    public PlannerAppFactory App { get; } = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// One host where the secretariat has drawn the schedule of cycle 3 (policy a) and run the draw of
/// its first year, for tests that only read them.
/// </summary>
public sealed class DrawnYearFixture : IAsyncLifetime
{
    public PlannerAppFactory App { get; } = DrawApp.Create();

    public ScheduleView Schedule { get; private set; } = null!;

    /// <summary>The draw as the secretariat opened it (before it ran).</summary>
    public DrawView Opened { get; private set; } = null!;

    public DrawView Drawn { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var secretariat = App.ClientAs(SampleUsers.Secretariat);
        await secretariat.GiveGroupsToPartiesOutsideTheGroupsAsync();
        Schedule = await secretariat.DrawScheduleAsync(3);
        Opened = await secretariat.OpenYearlyAsync(new OpenYearlyDrawRequest(3, 1));
        Drawn = await secretariat.RunAsync(Opened.Id);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
