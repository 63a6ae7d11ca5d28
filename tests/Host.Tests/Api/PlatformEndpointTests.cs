using System.Net;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Api;

public sealed class PlatformEndpointTests : IAsyncLifetime
{
    private readonly PlannerAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Health_NotSignedIn_Returns200HealthyWithDatabase()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Healthy", body, StringComparison.Ordinal);
        Assert.Contains("database", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheMoveEndpoint()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/tiles/{tileId}/move", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
