using Planner.Host.Components.Board;

namespace Planner.Host.Components;

public static class BoardUi
{
    public static IServiceCollection AddPlannerUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSingleton<BoardOperations>();
        return services;
    }

    public static IEndpointRouteBuilder MapPlannerUi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return endpoints;
    }
}
