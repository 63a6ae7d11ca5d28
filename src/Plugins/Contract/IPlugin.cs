namespace Planner.Plugins;

/// <summary>
/// What every plugin says about itself. The host lists plugins by this metadata; other
/// capabilities come from the small interfaces a plugin also implements.
/// </summary>
public interface IPlugin
{
    /// <summary>A stable, unique id in lower-case kebab form, e.g. "draw". Used in URLs and settings.</summary>
    string Id { get; }

    /// <summary>The name shown to users.</summary>
    string Name { get; }

    /// <summary>The plugin's own version.</summary>
    Version Version { get; }
}
