using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Access;
using Planner.Board.Persistence;
using Planner.Plugins.Tests.Builders;
using Planner.Plugins.Tests.Fakes;
using Planner.Plugins.Tests.Persistence;
using Planner.Samples.FourEyes;

namespace Planner.Plugins.Tests.Hosting;

/// <summary>
/// A minimal stand-in for Planner's host: the board's services over a test database, the plugin's
/// services, and its endpoints mapped on /api/plugins/four-eyes behind authentication, as the host does.
/// </summary>
internal sealed class PluginApiHost : IAsyncDisposable
{
    private static readonly string[] UnLanguages = ["en", "fr", "es", "ru", "zh", "ar"];

    private readonly WebApplication app;

    private PluginApiHost(WebApplication app) => this.app = app;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<PluginApiHost> StartAsync(ReviewDatabase database, IPluginStore store)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(People.Now));
        builder.Services.AddScoped(_ => new PlannerDbContext(database.Options()));
        builder.Services.AddScoped<ReviewAccess>();
        builder.Services.AddProblemDetails();
        builder.Services.AddAuthentication(HeaderAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, HeaderAuthentication>(HeaderAuthentication.SchemeName, null);
        builder.Services.AddAuthorization();
        var plugin = new FourEyesPlugin();
        plugin.RegisterServices(builder.Services, new ConfigurationBuilder().Build().GetSection($"Plugins:{plugin.Id}"));

        var app = builder.Build();
        // As the host: the request's language (cookie or Accept-Language) becomes CurrentUICulture.
        app.UseRequestLocalization(o => o.AddSupportedCultures(UnLanguages).AddSupportedUICultures(UnLanguages).SetDefaultCulture("en"));
        app.UseAuthentication();
        app.UseAuthorization();
        var group = app.MapGroup($"/api/plugins/{plugin.Id}").RequireAuthorization();
        foreach (var endpoints in app.Services.GetServices<IPluginEndpoints>())
        {
            endpoints.MapEndpoints(group);
        }
        await app.StartAsync();
        return new PluginApiHost(app) { Client = app.GetTestClient() };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
