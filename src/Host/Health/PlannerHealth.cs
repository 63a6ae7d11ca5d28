using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Planner.Board.Persistence;

namespace Planner.Host.Health;

/// <summary>/health: overall status and the database's, as JSON, for operators and load balancers.</summary>
public static class PlannerHealth
{
    public static IServiceCollection AddPlannerHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<PlannerDbContext>("database");
        return services;
    }

    public static IEndpointRouteBuilder MapPlannerHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                }));
            },
        });
        return endpoints;
    }
}
