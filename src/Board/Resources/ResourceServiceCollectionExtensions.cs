using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Resources.Commands;

namespace Planner.Board.Resources;

public static class ResourceServiceCollectionExtensions
{
    /// <summary>Registers the resources (guidance material per article) and the contacts shown on tiles.</summary>
    public static IServiceCollection AddBoardResources(this IServiceCollection services)
    {
        services.AddScoped<ResourceQueries>();
        services.AddScoped<TileContacts>();
        services.AddScoped<ResourceChangeRunner>();
        services.AddScoped<AddResourceCommand>();
        services.AddScoped<EditResourceCommand>();
        services.AddScoped<RemoveResourceCommand>();
        return services;
    }
}
