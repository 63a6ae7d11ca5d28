using Planner.Board.Workflow;
using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>Plugins in the host: loading at start, the guard and relay that call them, their endpoints and the log of what loaded.</summary>
public static partial class PluginHosting
{
    public static PluginCatalog AddPlugins(this WebApplicationBuilder builder, params IPlugin[] builtIns)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var folder = Path.GetFullPath(builder.Configuration["Planner:PluginsFolder"] ?? "plugins", builder.Environment.ContentRootPath);
        var catalog = PluginLoader.Load(builder.Services, builder.Configuration, folder, builtIns);
        builder.Services.AddPluginRuntime();
        return catalog;
    }

    /// <summary>The services through which the host calls plugins (the catalog is registered by the loader).</summary>
    public static IServiceCollection AddPluginRuntime(this IServiceCollection services)
    {
        services.AddOptions<PluginOptions>().BindConfiguration(PluginOptions.Section);
        services.AddScoped<PluginSettings>();
        services.AddScoped<PluginCalls>();
        services.AddScoped<IPluginStore, PluginStore>();
        services.AddScoped<PluginDocumentSections>();
        services.AddScoped<PluginWorkflowGuard>();
        services.AddScoped<ITileMoveGuard>(sp => sp.GetRequiredService<PluginWorkflowGuard>());
        services.AddScoped<ITileEditGuard>(sp => sp.GetRequiredService<PluginWorkflowGuard>());
        services.AddHostedService<PluginEventRelay>();
        services.AddHostedService<PluginJobRunner>();
        return services;
    }

    /// <summary>Maps each running plugin's endpoints on /api/plugins/{id}, and logs what was loaded or refused.</summary>
    public static WebApplication MapPlugins(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var catalog = app.Services.GetRequiredService<PluginCatalog>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Planner.Plugins");
        foreach (var entry in catalog.Entries)
        {
            if (entry.Status == PluginStatus.Refused)
            {
                PluginRefused(logger, entry.Id, entry.Source, entry.Problem ?? "");
            }
            else
            {
                PluginLoaded(logger, entry.Id, entry.Version, entry.Source);
            }
        }
        foreach (var endpoints in app.Services.GetServices<IPluginEndpoints>())
        {
            if (catalog.Of(endpoints) is not { IsRunning: true } entry)
            {
                continue;
            }
            var group = app.MapGroup($"/api/plugins/{entry.Id}").RequireAuthorization().WithTags(entry.Name)
                .AddEndpointFilter(async (context, next) =>
                    entry.IsRunning && await context.HttpContext.RequestServices.GetRequiredService<PluginSettings>()
                        .IsEnabledAsync(entry.Id, null).ConfigureAwait(false)
                        ? await next(context).ConfigureAwait(false)
                        : Results.Problem(title: "Not found", detail: $"The plugin {entry.Name} is not available.", statusCode: StatusCodes.Status404NotFound));
            try
            {
                endpoints.MapEndpoints(group);
            }
#pragma warning disable CA1031 // A plugin that cannot map its endpoints is faulted; the host goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                entry.Fault($"It threw while mapping its endpoints: {ex.Message}");
            }
        }
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} from {Source} was refused: {Problem}")]
    private static partial void PluginRefused(ILogger logger, string pluginId, string source, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} loaded from {Source}")]
    private static partial void PluginLoaded(ILogger logger, string pluginId, string version, string source);
}
