using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.Plugins;

namespace Planner.Host.Plugins;

/// <summary>
/// Where a plugin is switched on. On by default; the secretariat may switch it off for the whole
/// installation, or for one review only.
/// </summary>
public sealed class PluginSettings(PlannerDbContext db)
{
    public async Task<bool> IsEnabledAsync(string pluginId, Guid? reviewId, CancellationToken cancellationToken = default)
    {
        var settings = await db.PluginSettings.AsNoTracking().Where(s => s.PluginId == pluginId && (s.ReviewId == null || s.ReviewId == reviewId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var installation = settings.FirstOrDefault(s => s.ReviewId is null)?.Enabled ?? true;
        var review = reviewId is null ? null : settings.FirstOrDefault(s => s.ReviewId == reviewId)?.Enabled;
        return installation && (review ?? true);
    }

    public async Task<bool?> SettingAsync(string pluginId, Guid? reviewId, CancellationToken cancellationToken = default) =>
        (await db.PluginSettings.AsNoTracking().FirstOrDefaultAsync(s => s.PluginId == pluginId && s.ReviewId == reviewId, cancellationToken)
            .ConfigureAwait(false))?.Enabled;

    public async Task SetAsync(string pluginId, Guid? reviewId, bool enabled, CancellationToken cancellationToken = default)
    {
        var setting = await db.PluginSettings.FirstOrDefaultAsync(s => s.PluginId == pluginId && s.ReviewId == reviewId, cancellationToken)
            .ConfigureAwait(false);
        if (setting is null)
        {
            db.PluginSettings.Add(new PluginSetting(pluginId, reviewId, enabled));
        }
        else
        {
            setting.Set(enabled);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
