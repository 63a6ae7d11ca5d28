using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Planner.Host.Components.Board;
using Planner.Host.Plugins;
using Planner.Host.Tests.Components;
using Planner.Host.Tests.Hosting;
using Planner.Plugins;

namespace Planner.Host.Tests.Plugins;

public sealed class PluginIsolationTests
{
    [Fact]
    public void Load_BuiltInThrowsWhileRegistering_RefusedAndNoneOfItsServicesRegistered()
    {
        var services = new ServiceCollection();

        var catalog = PluginLoader.Load(services, new ConfigurationBuilder().Build(), Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")),
            [new ThrowsWhileRegisteringPlugin()]);

        var entry = catalog.Find("throws-registering")!;
        Assert.Equal(PluginStatus.Refused, entry.Status);
        Assert.Contains("Missing setting.", entry.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(ITileAction));
    }

    [Fact]
    public async Task TilePanel_PluginPanelThrows_NoticeShownRestOfTileWorksAndPluginFaulted()
    {
        var catalog = TestPlugin.Catalog();
        await using var host = await BoardComponentHost.CreateAsync(services =>
        {
            services.AddSingleton(catalog);
            services.AddSingleton<ITilePanel, ThrowingPanelInfo>();
        });
        var userId = await host.SignInAsync(SampleUsers.FocalPoint);
        var tileId = await host.TileIdAsync(5);

        var cut = host.Bunit.Render<TilePanel>(p => p.Add(c => c.TileId, tileId).Add(c => c.UserId, userId));

        cut.WaitForAssertion(() => Assert.Contains("Test plugin", cut.Find(".plugin-panel .message.error").TextContent, StringComparison.Ordinal));
        Assert.NotEmpty(cut.FindAll("[data-testid=answer]"));
        Assert.Equal(PluginStatus.Faulted, catalog.Find(TestPlugin.Id)!.Status);
    }
}
