using System.Net;
using System.Net.Http.Json;
using Planner.Board.States;
using Planner.Host.Tests.Api;
using Planner.Host.Tests.Hosting;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Parties;

namespace Planner.Host.Tests.Plugins.Draw;

/// <summary>
/// A State party outside the UN regional groups (the sample's Palestine) has no group peer for its
/// group seat: its draw says so, and succeeds once the secretariat gives it a group.
/// </summary>
public sealed class StateWithoutGroupTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = DrawApp.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task RunYearlyDraw_StateInNoRegionalGroup_FailsOnItsGroupSeatUntilTheSecretariatGivesItAGroup()
    {
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);
        await secretariat.DrawScheduleAsync(3);
        var request = new OpenYearlyDrawRequest(3, 1) { States = ["PSE", "KEN"] };

        var blocked = await secretariat.RunAsync((await secretariat.OpenYearlyAsync(request)).Id);

        Assert.False(blocked.Result!.Succeeded);
        Assert.Equal(RuleNames.RegionalGroup, blocked.Result.Failure!.Rule);
        Assert.Equal(new Seat("PSE", SeatKind.Group), blocked.Result.Failure.Seat);
        using var grouped = await secretariat.PutAsJsonAsync(DrawApp.Api + "/parties",
            new[] { new PartyChange("PSE", true, RegionalGroup.AsiaPacific, null, null) }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, grouped.StatusCode);
        var drawn = await secretariat.RunAsync((await secretariat.OpenYearlyAsync(request)).Id);
        Assert.True(drawn.Result!.Succeeded, drawn.Result.Failure?.Message);
        Assert.Equal(RegionalGroup.AsiaPacific, (await secretariat.PartyAsync(drawn.Result.For("PSE").GroupReviewer)).Group);
    }
}
