namespace Planner.Plugins;

/// <summary>
/// A small key-value store for plugin data, kept in Planner's database and audited like every
/// other change. Values are strings (JSON is a good choice). Keys are scoped to the plugin and,
/// optionally, to a review. Plugins that need tables of their own may bring an EF Core model instead.
/// </summary>
public interface IPluginStore
{
    /// <summary>The value stored under a key, or null.</summary>
    /// <param name="pluginId">The plugin's id.</param>
    /// <param name="reviewId">The review the key belongs to, or null for installation-wide.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<string?> GetAsync(string pluginId, Guid? reviewId, string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a value, recording it as changed by <paramref name="userId"/>.</summary>
    /// <param name="pluginId">The plugin's id.</param>
    /// <param name="reviewId">The review the key belongs to, or null for installation-wide.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="userId">Who made the change (for the audit log).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task SetAsync(string pluginId, Guid? reviewId, string key, string value, Guid userId, CancellationToken cancellationToken = default);
}
