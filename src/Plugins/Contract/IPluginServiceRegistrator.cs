using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Planner.Plugins;

/// <summary>
/// Lets a plugin add its services to the host's container at start. Capabilities are services:
/// register an <see cref="IWorkflowHook"/>, <see cref="ITilePanel"/>, <see cref="IPluginEndpoints"/>,
/// <see cref="INavigationItem"/> or <see cref="IScheduledJob"/> with an implementation type from the
/// plugin's own assembly (that is how the host knows whose it is). Board events can also be received by
/// subscribing to <see cref="Planner.Board.Events.IBoardEvents"/>.
/// </summary>
public interface IPluginServiceRegistrator
{
    /// <summary>Registers the plugin's services. A plugin that throws here is marked faulted; the host goes on.</summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configuration">The plugin's own configuration section, "Plugins:{Id}".</param>
    void RegisterServices(IServiceCollection services, IConfiguration configuration);
}
