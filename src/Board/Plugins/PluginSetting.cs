namespace Planner.Board.Plugins;

/// <summary>
/// Whether a plugin is switched on for the whole installation (no review) or for one review.
/// A plugin runs on a review when it is on for the installation and not switched off for that review.
/// </summary>
public sealed class PluginSetting
{
    private PluginSetting()
    {
    }

    public PluginSetting(string pluginId, Guid? reviewId, bool enabled)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginId);
        Id = Guid.NewGuid();
        PluginId = pluginId;
        ReviewId = reviewId;
        Enabled = enabled;
    }

    public Guid Id { get; private set; }

    public string PluginId { get; private set; } = "";

    public Guid? ReviewId { get; private set; }

    public bool Enabled { get; private set; }

    public void Set(bool enabled) => Enabled = enabled;
}
