using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>
/// Finds plugins at start: built-ins passed in by the host, and external ones from the plugins
/// folder (one sub-folder each, with a plugin.json). Each external plugin gets its own load
/// context. A plugin with an incompatible contract version, a bad manifest, a broken assembly or
/// that throws while registering is refused whole: none of its services are registered.
/// </summary>
public static class PluginLoader
{
    public static PluginCatalog Load(IServiceCollection services, IConfiguration configuration, string folder, IEnumerable<IPlugin> builtIns)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(builtIns);
        var catalog = new PluginCatalog();
        foreach (var plugin in builtIns)
        {
            Register(catalog, services, configuration, plugin, "built-in", plugin.GetType().Assembly);
        }
        if (Directory.Exists(folder))
        {
            foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            {
                LoadFolder(catalog, services, configuration, directory);
            }
        }
        services.TryAddSingleton(catalog);
        return catalog;
    }

    private static void LoadFolder(PluginCatalog catalog, IServiceCollection services, IConfiguration configuration, string directory)
    {
        var name = Path.GetFileName(directory);
        var (manifest, problem) = PluginManifest.Read(Path.Combine(directory, PluginManifest.FileName));
        if (manifest is null)
        {
            catalog.Add(PluginEntry.Refused(name, name, "?", directory, problem ?? $"{PluginManifest.FileName} is missing."));
            return;
        }
        var refuse = (string why) => catalog.Add(PluginEntry.Refused(manifest.Id, manifest.Name, manifest.Version, directory, why));
        if (!Version.TryParse(manifest.ContractVersion, out var target) || !PluginContract.Supports(target))
        {
            refuse($"It targets plugin contract {manifest.ContractVersion}; this host implements {PluginContract.Version}.");
            return;
        }
        if (catalog.Find(manifest.Id) is not null)
        {
            refuse($"Another plugin already has the id '{manifest.Id}'.");
            return;
        }
        var assemblyPath = Path.GetFullPath(Path.Combine(directory, manifest.Assembly));
        if (!assemblyPath.StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(assemblyPath))
        {
            refuse($"The assembly '{manifest.Assembly}' is not in the plugin's folder.");
            return;
        }
        IPlugin plugin;
        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
            var types = assembly.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }).ToList();
            if (types.Count != 1)
            {
                refuse($"The assembly must hold exactly one IPlugin; it holds {types.Count}.");
                return;
            }
            plugin = (IPlugin)Activator.CreateInstance(types[0])!;
        }
#pragma warning disable CA1031 // Whatever a broken plugin throws while loading, the host refuses it and goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            refuse($"It could not be loaded: {ex.GetType().Name}: {ex.Message}");
            return;
        }
        if (plugin.Id != manifest.Id)
        {
            refuse($"Its IPlugin says id '{plugin.Id}', its manifest '{manifest.Id}'.");
            return;
        }
        Register(catalog, services, configuration, plugin, directory, assembly);
    }

    private static void Register(PluginCatalog catalog, IServiceCollection services, IConfiguration configuration, IPlugin plugin, string source, Assembly assembly)
    {
        // Registrations go to a staging list first, so a plugin that throws half-way leaves nothing behind.
        var staging = new ServiceCollection();
        try
        {
            (plugin as IPluginServiceRegistrator)?.RegisterServices(staging, configuration.GetSection($"Plugins:{plugin.Id}"));
        }
#pragma warning disable CA1031 // A plugin that throws while registering is refused; the host goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            catalog.Add(PluginEntry.Refused(plugin.Id, plugin.Name, plugin.Version.ToString(), source,
                $"It threw while registering its services: {ex.GetType().Name}: {ex.Message}"));
            return;
        }
        foreach (var descriptor in staging)
        {
            services.Add(descriptor);
        }
        catalog.Add(new PluginEntry(plugin.Id, plugin.Name, plugin.Version.ToString(), source, assembly, plugin));
    }
}
