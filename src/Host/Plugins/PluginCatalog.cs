using System.Reflection;

namespace Planner.Host.Plugins;

/// <summary>Every plugin the host found at start, loaded or not, and which assembly belongs to which.</summary>
public sealed class PluginCatalog
{
    private readonly List<PluginEntry> entries = [];

    public IReadOnlyList<PluginEntry> Entries => entries;

    /// <summary>The assemblies of plugins that loaded: their pages join the router.</summary>
    public IReadOnlyList<Assembly> Assemblies =>
        entries.Where(e => e.Assembly is not null && e.Status != PluginStatus.Refused && e.Assembly != typeof(PluginCatalog).Assembly)
            .Select(e => e.Assembly!).Distinct().ToList();

    public void Add(PluginEntry entry) => entries.Add(entry);

    public PluginEntry? Find(string id) => entries.FirstOrDefault(e => e.Id == id);

    /// <summary>The plugin a capability (hook, panel, job…) belongs to, by the assembly of its type.</summary>
    public PluginEntry? Of(object capability) =>
        capability is null ? null : entries.FirstOrDefault(e => e.Assembly == capability.GetType().Assembly && e.Status != PluginStatus.Refused);
}
