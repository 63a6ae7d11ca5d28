namespace Planner.Plugins;

/// <summary>
/// Adds a section to the tile view. The component receives the parameters <c>TileId</c> (Guid),
/// <c>ReviewId</c> (Guid) and <c>UserId</c> (Guid); it resolves what it needs by injection and
/// must check the user's rights through the host's services. A panel that throws is replaced by
/// a notice; the rest of the tile keeps working.
/// </summary>
public interface ITilePanel
{
    /// <summary>The section's heading in the given language ("en", "fr", "es", "ru", "zh", "ar").</summary>
    /// <param name="language">Two-letter UN language code.</param>
    string Title(string language);

    /// <summary>The Blazor component to render; it must accept the three parameters above.</summary>
    Type Component { get; }
}
