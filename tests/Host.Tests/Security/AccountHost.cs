using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// The host for the account tests, signed in only the real way (no test header): each
/// <see cref="NewBrowser"/> keeps its own cookies and comes from its own address, so the sign-in
/// rate limit of one test does not spend another's.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes class fixtures through IAsyncLifetime.DisposeAsync, which disposes the host.")]
public sealed class AccountHost : IAsyncLifetime
{
    private readonly PlannerAppFactory root = new();
    private int lastAddress;

    public AccountHost() =>
        App = root.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddTransient<IStartupFilter, ClientAddressStartupFilter>()));

    /// <summary>The host (the sample's demo accounts included, as in development).</summary>
    public WebApplicationFactory<Program> App { get; }

    /// <summary>A browser of its own: keeps cookies, does not follow redirects, has its own address.</summary>
    public HttpClient NewBrowser()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var n = Interlocked.Increment(ref lastAddress);
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, $"10.0.{n / 250}.{(n % 250) + 1}");
        return client;
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        using var scope = App.Services.CreateScope();
        return await use(scope.ServiceProvider);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Disposing the root factory disposes the host derived from it and deletes the data folder.</summary>
    public async Task DisposeAsync() => await root.DisposeAsync();
}
