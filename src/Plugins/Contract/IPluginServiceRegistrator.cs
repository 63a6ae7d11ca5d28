using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Planner.Plugins;

/// <summary>
/// Lets a plugin add its services to the host's container at start. Workflow rules are added by
/// registering a <see cref="Planner.Board.Workflow.ITileMoveGuard"/>; board events are received by
/// subscribing to <see cref="Planner.Board.Events.IBoardEvents"/>.
/// </summary>
public interface IPluginServiceRegistrator
{
    /// <summary>Registers the plugin's services. A plugin that throws here is marked faulted; the host goes on.</summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configuration">The plugin's own configuration section, "Plugins:{Id}".</param>
    void RegisterServices(IServiceCollection services, IConfiguration configuration);
}
