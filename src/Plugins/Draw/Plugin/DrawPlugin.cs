using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>The drawing of lots as a built-in plugin: open, run and redraw draws (secretariat), list and replay them (anyone signed in).</summary>
public sealed class DrawPlugin : IPlugin, IPluginServiceRegistrator
{
    public string Id => "draw";

    public string Name => "Drawing of lots";

    public Version Version => new(0, 1, 0);

    public void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DrawSessions>();
        services.AddSingleton<IPluginEndpoints, DrawEndpoints>();
    }
}
