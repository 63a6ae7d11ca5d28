using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Planner.Host.Plugins;
using Planner.Host.Tests.Hosting;
using Planner.Plugins;

namespace Planner.Host.Tests.Plugins;

/// <summary>A host whose catalog holds one built-in "test-plugin" (this test assembly) with the given hook.</summary>
internal static class TestPlugin
{
    public const string Id = "test-plugin";

    public static PlannerAppFactory HostWith<THook>(string? hookTimeout = null) where THook : class, IWorkflowHook =>
        HostWith(services => services.AddScoped<IWorkflowHook, THook>(), hookTimeout);

    /// <summary>A host whose test plugin registers what <paramref name="register"/> adds.</summary>
    public static PlannerAppFactory HostWith(Action<IServiceCollection> register, string? hookTimeout = null)
    {
        var app = new PlannerAppFactory(builder =>
        {
            if (hookTimeout is not null)
            {
                builder.UseSetting("Plugins:HookTimeout", hookTimeout);
            }
            builder.ConfigureTestServices(register);
        });
        app.Services.GetRequiredService<PluginCatalog>()
            .Add(NewEntry());
        return app;
    }

    /// <summary>A catalog holding only the test plugin, for component hosts.</summary>
    public static PluginCatalog Catalog()
    {
        var catalog = new PluginCatalog();
        catalog.Add(NewEntry());
        return catalog;
    }

    public static PluginEntry Entry(PlannerAppFactory app) => app.Services.GetRequiredService<PluginCatalog>().Find(Id)!;

    private static PluginEntry NewEntry() => new(Id, "Test plugin", "1.0.0", "built-in", typeof(TestPlugin).Assembly, null);
}
