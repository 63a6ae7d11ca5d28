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
        // Plugins' pages are routable like the host's own, fed by the plugin catalog.
        var plugins = endpoints.ServiceProvider.GetRequiredService<Planner.Host.Plugins.PluginCatalog>().Assemblies.ToArray();
        endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode().AddAdditionalAssemblies(plugins);
        return endpoints;
    }
}
