using System.Reflection;
using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>One plugin the host knows of, with its state. Status changes when a plugin faults at run time.</summary>
public sealed class PluginEntry(string id, string name, string version, string source, Assembly? assembly, IPlugin? plugin)
{
    private readonly Lock gate = new();

    public string Id { get; } = id;

    public string Name { get; } = name;

    public string Version { get; } = version;

    /// <summary>"built-in" or the folder it was loaded from.</summary>
    public string Source { get; } = source;

    public Assembly? Assembly { get; } = assembly;

    public IPlugin? Plugin { get; } = plugin;

    public PluginStatus Status { get; private set; } = PluginStatus.Loaded;

    public string? Problem { get; private set; }

    public bool IsRunning => Status == PluginStatus.Loaded;

    public static PluginEntry Refused(string id, string name, string version, string source, string problem)
    {
        var entry = new PluginEntry(id, name, version, source, null, null);
        entry.Status = PluginStatus.Refused;
        entry.Problem = problem;
        return entry;
    }

    public void Fault(string problem)
    {
        lock (gate)
        {
            if (Status == PluginStatus.Loaded)
            {
                Status = PluginStatus.Faulted;
                Problem = problem;
            }
        }
    }
}
