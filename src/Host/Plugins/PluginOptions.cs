namespace Planner.Host.Plugins;

/// <summary>"Plugins" settings for the host's handling of plugins (each plugin's own settings live under Plugins:{id}).</summary>
public sealed class PluginOptions
{
    public const string Section = "Plugins";

    /// <summary>How long a hook may take before it is cut off and its plugin marked faulted.</summary>
    public TimeSpan HookTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
