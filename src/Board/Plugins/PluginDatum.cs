namespace Planner.Board.Plugins;

/// <summary>One value a plugin keeps (its key-value store), per plugin and optionally per review. Audited like every row.</summary>
public sealed class PluginDatum
{
    private PluginDatum()
    {
    }

    public PluginDatum(string pluginId, Guid? reviewId, string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginId);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Id = Guid.NewGuid();
        PluginId = pluginId;
        ReviewId = reviewId;
        Key = key;
        Value = value;
    }

    public Guid Id { get; private set; }

    public string PluginId { get; private set; } = "";

    public Guid? ReviewId { get; private set; }

    public string Key { get; private set; } = "";

    public string Value { get; private set; } = "";

    public void Set(string value) => Value = value;
}
