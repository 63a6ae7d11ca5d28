using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Parties;
using Planner.Plugins.Draw.Schedule;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>
/// A State party outside every regional group could never fill its group seat. The secretariat is
/// told up front — when opening a schedule, and when opening a draw for that State — which States
/// need a group, and the draw works once it has one.
/// </summary>
public sealed class StateWithoutGroupTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OpenScheduleAndDraw_StateInNoRegionalGroup_Return400NamingItUntilItHasAGroup()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        await secretariat.DrawScheduleAsync(3);
        await SetGroupAsync(secretariat, RegionalGroup.None);

        using var schedule = await secretariat.PostAsJsonAsync(DrawApp.Api + "/schedules", new OpenScheduleRequest(4, 2032, SchedulePolicy.NewDraw), ApiJson.Options);
        using var draw = await secretariat.PostAsJsonAsync(DrawApp.Api + "/draws/yearly", new OpenYearlyDrawRequest(3, 1) { States = ["PSE", "KEN"] }, ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, schedule.StatusCode);
        Assert.Contains("PSE", (await schedule.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, draw.StatusCode);
        Assert.Contains("PSE", (await draw.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.PluginData.Count(d => d.Key == "schedule:4")));

        await SetGroupAsync(secretariat, RegionalGroup.AsiaPacific);
        var drawn = await secretariat.RunAsync((await secretariat.OpenYearlyAsync(new OpenYearlyDrawRequest(3, 1) { States = ["PSE", "KEN"] })).Id);
        Assert.True(drawn.Result!.Succeeded, drawn.Result.Failure?.Message);
        Assert.Equal(RegionalGroup.AsiaPacific, (await secretariat.PartyAsync(drawn.Result.For("PSE").GroupReviewer)).Group);
    }

    private static async Task SetGroupAsync(HttpClient secretariat, RegionalGroup group)
    {
        using var response = await secretariat.PutAsJsonAsync(DrawApp.Api + "/parties", new[] { new PartyChange("PSE", true, group, null, null) }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
