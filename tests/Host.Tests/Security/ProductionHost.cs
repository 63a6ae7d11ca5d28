using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>The host as it runs in production (no demo accounts, HTTPS redirection, HSTS), with 443 as its HTTPS port.</summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes class fixtures through IAsyncLifetime.DisposeAsync, which disposes the host.")]
public sealed class ProductionHost : IAsyncLifetime
{
    private readonly PlannerAppFactory root = new();

    public ProductionHost() => App = root.WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Production");
        b.UseSetting("https_port", "443");
    });

    public WebApplicationFactory<Program> App { get; }

    /// <summary>A browser on a host name of its own: HSTS is never sent to localhost.</summary>
    public HttpClient NewBrowser(string scheme) => App.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri($"{scheme}://planner.example/"),
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await root.DisposeAsync();
}
