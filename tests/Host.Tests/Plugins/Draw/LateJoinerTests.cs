using System.Net;
using System.Net.Http.Json;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Parties;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>A State that becomes a party after its cycle's schedule was drawn is reviewed in the cycle's last year (D1).</summary>
public sealed class LateJoinerTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AddLateJoiner_StateThatBecameAPartyAfterTheDraw_LandsInTheLastYear()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        await secretariat.DrawScheduleAsync(3);
        using var madeParty = await secretariat.PutAsJsonAsync(DrawApp.Api + "/parties",
            new[] { new PartyChange("PRK", true, RegionalGroup.AsiaPacific, null, null) }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, madeParty.StatusCode);

        using var response = await secretariat.PostAsync(DrawApp.Api + "/schedules/3/late-joiners/prk", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schedule = await response.ReadAsync<ScheduleView>();
        Assert.Equal(["PRK"], schedule.Result!.Years[4].States);
        Assert.Equal(["PRK"], schedule.LateJoiners);
        Assert.Equal(5, schedule.Result.YearOf("PRK"));
        using var again = await secretariat.PostAsync(DrawApp.Api + "/schedules/3/late-joiners/PRK", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }
}
