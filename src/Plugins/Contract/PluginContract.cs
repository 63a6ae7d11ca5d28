namespace Planner.Plugins;

/// <summary>The version of this contract. A plugin's manifest names the version it was built against.</summary>
public static class PluginContract
{
    /// <summary>
    /// The contract version the host implements. A plugin built against the same major version and
    /// an equal or lower minor version loads; any other is refused.
    /// </summary>
    public static Version Version { get; } = new(1, 0);

    /// <summary>Whether a plugin built against <paramref name="target"/> can run on this host.</summary>
    /// <param name="target">The contract version from the plugin's manifest.</param>
    public static bool Supports(Version target) =>
        target is not null && target.Major == Version.Major && target.Minor <= Version.Minor;
}
