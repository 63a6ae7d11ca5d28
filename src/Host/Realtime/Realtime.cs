using System.Text.Json.Serialization;

namespace Planner.Host.Realtime;

public static class Realtime
{
    public static IServiceCollection AddRealtime(this IServiceCollection services)
    {
        services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<PresenceTracker>();
        services.AddHostedService<BoardHubRelay>();
        return services;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<BoardHub>("/hubs/board");
        return endpoints;
    }
}
