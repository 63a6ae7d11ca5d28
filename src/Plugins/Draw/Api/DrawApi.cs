using Microsoft.AspNetCore.Routing;

namespace Planner.Plugins.Draw.Api;

/// <summary>Everything the plugin serves under <c>/api/plugins/draw</c>.</summary>
internal sealed class DrawApi : IPluginEndpoints
{
    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        DrawEndpoints.Map(group);
        ScheduleEndpoints.Map(group);
        PartyEndpoints.Map(group);
    }
}
