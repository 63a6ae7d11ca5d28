namespace Planner.Host.Plugins;

public enum PluginStatus
{
    /// <summary>Loaded and registered; runs where enabled.</summary>
    Loaded,

    /// <summary>Loaded, then threw or hung; its hooks, panels and jobs are skipped until the host restarts.</summary>
    Faulted,

    /// <summary>Not loaded: incompatible contract version, bad manifest, broken assembly, or it threw while registering.</summary>
    Refused,
}
