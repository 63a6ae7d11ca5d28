using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Planner.Board;
using Planner.Board.Persistence;
using Planner.Host.Api;
using Planner.Host.Audit;
using Planner.Host.Checklist;
using Planner.Host.Components;
using Planner.Host.Documents;
using Planner.Host.Health;
using Planner.Host.Accounts;
using Planner.Host.Localization;
using Planner.Host.Notifications;
using Planner.Host.Deadlines;
using Planner.Host.Plugins;
using Planner.Host.Realtime;
using Planner.Host.Resources;
using Planner.Host.Security;

namespace Planner.Host.Hosting;

/// <summary>Composes the features of the host; each feature has its own Add/Map/Use method.</summary>
public static class PlannerServices
{
    public static WebApplicationBuilder AddPlannerServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(PlannerOptions.Section).Get<PlannerOptions>() ?? new();
        builder.Services.AddOptions<PlannerOptions>().BindConfiguration(PlannerOptions.Section);

        var dataFolder = Path.GetFullPath(options.DataFolder, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataFolder);
        var connectionString = ConnectionString(options, dataFolder);
        builder.Services.AddBoard(connectionString);
        builder.Services.AddSingleton<Planner.Board.Audit.IAuditAnchor>(new Planner.Board.Audit.FileAuditAnchor(Path.Combine(dataFolder, "audit-head")));
        builder.Services.AddAccounts(connectionString, builder.Environment.IsDevelopment());
        // Keys live with the data, so browser drafts and cookies survive restarts and moves of the host.
        builder.Services.AddDataProtection().SetApplicationName("Planner")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        builder.Services.AddDocumentStore(dataFolder);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
        builder.Services.AddPlannerLocalization();
        builder.Services.AddRealtime();
        builder.Services.AddPlannerHealth();
        builder.Services.AddPlannerUi();
        builder.AddPlugins(new Planner.Plugins.Draw.Plugin.DrawPlugin());
        builder.Services.AddSignInRateLimit(builder.Configuration);
        builder.Services.AddNotifications(dataFolder, builder.Environment.IsDevelopment());
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    public static async Task InitializePlannerDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<PlannerOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<PlannerDbContext>();
        var sample = string.IsNullOrWhiteSpace(options.SampleReview)
            ? null
            : Path.Combine(AppContext.BaseDirectory, options.SampleReview);
        var seeded = await DatabaseInitializer.InitializeAsync(db,
            () => sample is not null && File.Exists(sample) ? File.OpenRead(sample) : null,
            app.Services.GetRequiredService<TimeProvider>()).ConfigureAwait(false);
        await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Database.MigrateAsync().ConfigureAwait(false);
        if (seeded is not null && options.DemoAccounts)
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccounts>().CreateAsync(seeded).ConfigureAwait(false);
        }
    }

    public static WebApplication UsePlanner(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            // HTTPS by default outside development; behind a TLS proxy, enable forwarded headers.
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        // Pages get the not-found page; the API and the hub get ProblemDetails for empty error responses.
        app.UseWhen(c => IsMachineEndpoint(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !IsMachineEndpoint(c.Request.Path),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UsePlannerLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSameOriginGuard();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapPlannerHealth();
        app.MapCultureEndpoint();
        app.MapAccounts();
        app.MapBoardsApi();
        app.MapAnswerDiffApi();
        app.MapAuditApi();
        app.MapDocumentsApi();
        app.MapChecklistApi();
        app.MapDeadlinesApi();
        app.MapNotificationsApi();
        app.MapResourcesApi();
        app.MapRealtime();
        app.MapPlugins();
        app.MapPlannerUi();
        return app;
    }

    private static bool IsMachineEndpoint(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/health");

    private static string ConnectionString(PlannerOptions options, string dataFolder) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? $"Data Source={Path.Combine(dataFolder, "planner.db")}"
            : options.ConnectionString;
}
