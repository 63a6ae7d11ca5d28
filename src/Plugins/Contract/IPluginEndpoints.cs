using Microsoft.AspNetCore.Routing;

namespace Planner.Plugins;

/// <summary>Adds HTTP endpoints under <c>/api/plugins/{id}/</c>. The group already requires a signed-in user.</summary>
public interface IPluginEndpoints
{
    /// <summary>Maps the plugin's endpoints on its route group.</summary>
    /// <param name="group">The plugin's group, <c>/api/plugins/{id}</c>.</param>
    void MapEndpoints(IEndpointRouteBuilder group);
}
