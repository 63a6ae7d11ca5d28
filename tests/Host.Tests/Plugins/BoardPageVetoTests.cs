using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Planner.Host.Components.Board;
using Planner.Host.Tests.Components;
using Planner.Host.Tests.Hosting;
using Planner.Plugins;

namespace Planner.Host.Tests.Plugins;

public sealed class BoardPageVetoTests : IAsyncLifetime
{
    private BoardComponentHost host = null!;

    public async Task InitializeAsync() => host = await BoardComponentHost.CreateAsync(services =>
    {
        services.AddSingleton(TestPlugin.Catalog());
        services.AddScoped<IWorkflowHook, VetoingHook>();
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task MoveWithTheKeyboardMenu_HookRefuses_BoardShowsThePluginsReasonAndTheTileStays()
    {
        await host.SignInAsync(SampleUsers.FocalPoint);
        var cut = host.Bunit.Render<BoardPage>(p => p.Add(c => c.ReviewId, host.ReviewId));
        // Wait until the board has settled: the person's own arrival (presence) re-renders it once.
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll($".presence-user[data-user=\"{SampleUsers.FocalPointName}\"]")));

        cut.Find("article[data-tile-article=\"10\"] .tile-move button").Click();
        cut.WaitForElement("article[data-tile-article=\"10\"] [data-move-to=\"Answer\"]").Click();

        cut.WaitForAssertion(() => Assert.Contains(VetoingHook.Reason, cut.Find(".message.error").TextContent, StringComparison.Ordinal));
        Assert.NotNull(cut.Find("section[data-column=\"Assign\"] article[data-tile-article=\"10\"]"));
    }
}
