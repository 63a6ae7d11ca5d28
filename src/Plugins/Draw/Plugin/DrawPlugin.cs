using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Planner.Plugins.Draw.Api;
using Planner.Plugins.Draw.Inputs;
using Planner.Plugins.Draw.Live;
using Planner.Plugins.Draw.Parties;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>
/// The drawing of lots as a built-in plugin: States parties and history, cycle schedules, yearly
/// draws watched live, results and the reviews opened from them (secretariat); lists, results and
/// replays for anyone signed in. Settings: section <c>Plugins:draw</c> (<see cref="DrawOptions"/>).
/// </summary>
public sealed class DrawPlugin : IPlugin, IPluginServiceRegistrator
{
    public string Id => DrawPluginInfo.Id;

    public string Name => "Drawing of lots";

    public Version Version => new(1, 0, 0);

    public void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        DrawOptions.Check(configuration);
        services.AddOptions<DrawOptions>().Bind(configuration);
        services.AddSingleton<DrawLocks>();
        services.AddSingleton<DrawLiveFeed>();
        services.AddScoped<PartyRegistry>();
        services.AddScoped<DrawInputBuilder>();
        services.AddScoped<DrawSessions>();
        services.AddScoped<ScheduleSessions>();
        services.AddScoped<DrawDesk>();
        services.AddSingleton<IPluginEndpoints, DrawApi>();
        services.AddSingleton<INavigationItem, DrawNavigation>();
    }
}
