using System.Diagnostics.CodeAnalysis;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// One host for a whole test class: starting a host costs about a second, so the security tests
/// share one per class and each test builds (or only reads) the data it changes.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes class fixtures through IAsyncLifetime.DisposeAsync, which disposes the host.")]
public sealed class SharedHost : IAsyncLifetime
{
    public PlannerAppFactory App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
