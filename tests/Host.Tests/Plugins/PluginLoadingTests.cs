using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Planner.Host.Plugins;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Plugins;

public sealed class PluginLoadingTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "planner-plugins-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_PluginForAnotherContractVersion_RefusedWithTheReasonAndHostRuns()
    {
        AddPlugin("future", """{"id":"future","name":"From the future","version":"3.0.0","contractVersion":"2.0","assembly":"Future.dll"}""", "Future.dll", [1, 2, 3]);
        await using var app = HostOn(folder);

        var entry = Catalog(app).Find("future")!;

        Assert.Equal(PluginStatus.Refused, entry.Status);
        Assert.Contains("2.0", entry.Problem, StringComparison.Ordinal);
        Assert.Contains("1.0", entry.Problem, StringComparison.Ordinal);
        using var health = await app.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Start_BrokenAssembly_RefusedAsNotLoadable()
    {
        AddPlugin("broken", """{"id":"broken","name":"Broken","version":"1.0.0","contractVersion":"1.0","assembly":"Broken.dll"}""", "Broken.dll", "MZ not really a dll"u8.ToArray());
        await using var app = HostOn(folder);

        var entry = Catalog(app).Find("broken")!;

        Assert.Equal(PluginStatus.Refused, entry.Status);
        Assert.Contains("could not be loaded", entry.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AssemblyOutsideItsFolder_Refused()
    {
        AddPlugin("escape", """{"id":"escape","name":"Escape","version":"1.0.0","contractVersion":"1.0","assembly":"../Other.dll"}""", "Escape.dll", [1]);
        await using var app = HostOn(folder);

        Assert.Equal(PluginStatus.Refused, Catalog(app).Find("escape")!.Status);
    }

    [Fact]
    public async Task Start_NoManifest_RefusedAndShownOnThePluginsPage()
    {
        Directory.CreateDirectory(Path.Combine(folder, "no-manifest"));
        await using var app = HostOn(folder);
        using var secretariat = app.ClientAs(SampleUsers.Secretariat);

        var page = await secretariat.GetStringAsync("/plugins");

        Assert.Equal(PluginStatus.Refused, Catalog(app).Find("no-manifest")!.Status);
        Assert.Contains("data-plugin=\"no-manifest\"", page, StringComparison.Ordinal);
        Assert.Contains("plugin.json is missing", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginsPage_FocalPoint_NotFound()
    {
        await using var app = HostOn(folder);
        using var focalPoint = app.ClientAs(SampleUsers.FocalPoint);

        var page = await focalPoint.GetStringAsync("/plugins");

        Assert.DoesNotContain("<table class=\"plugins\"", page, StringComparison.Ordinal);
    }

    private static PlannerAppFactory HostOn(string pluginsFolder) =>
        new(builder => builder.UseSetting("Planner:PluginsFolder", pluginsFolder));

    private static PluginCatalog Catalog(PlannerAppFactory app) => app.Services.GetRequiredService<PluginCatalog>();

    private void AddPlugin(string name, string manifest, string assembly, byte[] bytes)
    {
        var directory = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
        File.WriteAllText(Path.Combine(directory, "plugin.json"), manifest);
        File.WriteAllBytes(Path.Combine(directory, assembly), bytes);
    }
}
