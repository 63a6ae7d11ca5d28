using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Planner.Plugins;
using Planner.Samples.FourEyes.Api;
using Planner.Samples.FourEyes.Approving;
using Planner.Samples.FourEyes.Rule;
using Planner.Samples.FourEyes.Ui;

namespace Planner.Samples.FourEyes;

/// <summary>
/// The four-eyes rule: a tile may not enter Finalise until <see cref="FourEyesOptions.RequiredApprovals"/>
/// different reviewers approved it. The host finds this class, reads its metadata and calls
/// <see cref="RegisterServices"/> once at start with the section <c>Plugins:four-eyes</c>.
/// </summary>
public sealed class FourEyesPlugin : IPlugin, IPluginServiceRegistrator
{
    /// <summary>The id, as in plugin.json; also the plugin id in the plugin store and the settings section's name.</summary>
    public const string PluginId = "four-eyes";

    public string Id => PluginId;

    public string Name => "Four-eyes rule";

    public Version Version { get; } = new(1, 0, 0);

    public void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Checked here rather than at first use: a bad setting makes the host refuse the plugin at
        // start, where the plugins page shows why, instead of failing every move to Finalise later.
        FourEyesOptions.Check(configuration);
        services.AddOptions<FourEyesOptions>().Bind(configuration);

        services.AddSingleton<ApprovalGate>();
        services.AddScoped<Approvals>();
        services.AddScoped<ApproveTileCommand>();
        services.AddScoped<TileApprovalsQuery>();

        services.AddScoped<IWorkflowHook, FourEyesHook>();
        services.AddSingleton<ITilePanel, FourEyesPanelInfo>();
        services.AddSingleton<IPluginEndpoints, FourEyesEndpoints>();
        services.AddSingleton<INavigationItem, AwaitingApprovalLink>();
    }
}
