using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Planner.Plugins.Tests.Builders;
using Planner.Plugins.Tests.Fakes;
using Planner.Samples.FourEyes;
using Planner.Samples.FourEyes.Rule;

namespace Planner.Plugins.Tests.FourEyes;

public sealed class FourEyesPluginTests
{
    private static readonly string[] UnLanguages = ["en", "fr", "es", "ru", "zh", "ar"];

    [Fact]
    public void Manifest_PluginJson_MatchesThePluginAndTheContract()
    {
        // plugin.json is copied to the sample's output, and from there to this project's.
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        var root = manifest.RootElement;
        var plugin = new FourEyesPlugin();

        Assert.Equal(plugin.Id, root.GetProperty("id").GetString());
        Assert.Equal(plugin.Name, root.GetProperty("name").GetString());
        Assert.Equal(plugin.Version, Version.Parse(root.GetProperty("version").GetString()!));
        Assert.Equal(typeof(FourEyesPlugin).Assembly.GetName().Name + ".dll", root.GetProperty("assembly").GetString());
        Assert.True(PluginContract.Supports(Version.Parse(root.GetProperty("contractVersion").GetString()!)));
    }

    [Fact]
    public void RegisterServices_EmptySection_RegistersEveryCapabilityAndRequiresTwo()
    {
        using var services = Provider(new Dictionary<string, string?>());

        Assert.Equal(2, services.GetRequiredService<IOptionsMonitor<FourEyesOptions>>().CurrentValue.RequiredApprovals);
        using var scope = services.CreateScope();
        Assert.IsType<FourEyesHook>(Assert.Single(scope.ServiceProvider.GetServices<IWorkflowHook>()));
        Assert.Single(services.GetServices<ITilePanel>());
        Assert.Single(services.GetServices<IPluginEndpoints>());
    }

    [Fact]
    public async Task RegisterServices_RequiredApprovalsOne_HookAllowsFinaliseAfterOneApproval()
    {
        var store = new InMemoryPluginStore();
        using var services = Provider(new Dictionary<string, string?> { ["RequiredApprovals"] = "1" }, store);
        var tile = TileSummaries.InColumn(Board.Tiles.Column.Review);
        store.Put("four-eyes", tile.ReviewId, $"approvals:{tile.Id}",
            $$"""[{"userId":"{{People.Rita.UserId}}","name":"Rita Reviewer","at":"2026-12-03T12:00:00+00:00"}]""");

        using var scope = services.CreateScope();
        var hook = scope.ServiceProvider.GetRequiredService<IWorkflowHook>();
        var decision = await hook.BeforeTileMoveAsync(new TileMoveContext(People.Secretariat, tile, Board.Tiles.Column.Finalise), default);

        Assert.True(decision.IsAllowed);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    public void RegisterServices_RequiredApprovalsInvalid_ThrowsSoTheHostRefusesThePlugin(string value)
    {
        var configuration = Section(new Dictionary<string, string?> { ["RequiredApprovals"] = value });

        var error = Assert.Throws<InvalidOperationException>(() => new FourEyesPlugin().RegisterServices(new ServiceCollection(), configuration));

        Assert.Contains("Plugins:four-eyes:RequiredApprovals", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_EachUnLanguage_HasItsOwnText()
    {
        using var services = Provider(new Dictionary<string, string?>());
        var panel = services.GetRequiredService<ITilePanel>();

        var titles = UnLanguages.Select(panel.Title).ToList();

        Assert.Equal(6, titles.Distinct().Count());
        Assert.Equal("Reviewers' approvals", panel.Title("de"));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings, IPluginStore? store = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(store ?? new InMemoryPluginStore());
        new FourEyesPlugin().RegisterServices(services, Section(settings));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The section the host hands the plugin: Plugins:four-eyes.</summary>
    private static IConfigurationSection Section(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => $"Plugins:four-eyes:{s.Key}", s => s.Value))
            .Build()
            .GetSection("Plugins:four-eyes");
}
