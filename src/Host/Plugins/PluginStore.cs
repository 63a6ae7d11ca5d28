using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.Persistence;
using Planner.Board.Plugins;
using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>The plugins' key-value store in Planner's database; every write is audited against the user who made it.</summary>
public sealed class PluginStore(PlannerDbContext db, AuditActor auditActor) : IPluginStore
{
    public async Task<string?> GetAsync(string pluginId, Guid? reviewId, string key, CancellationToken cancellationToken = default) =>
        (await db.PluginData.AsNoTracking().FirstOrDefaultAsync(d => d.PluginId == pluginId && d.ReviewId == reviewId && d.Key == key, cancellationToken)
            .ConfigureAwait(false))?.Value;

    public async Task SetAsync(string pluginId, Guid? reviewId, string key, string value, Guid userId, CancellationToken cancellationToken = default)
    {
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        auditActor.Set(userId, name ?? pluginId);
        var datum = await db.PluginData.FirstOrDefaultAsync(d => d.PluginId == pluginId && d.ReviewId == reviewId && d.Key == key, cancellationToken)
            .ConfigureAwait(false);
        if (datum is null)
        {
            db.PluginData.Add(new PluginDatum(pluginId, reviewId, key, value));
        }
        else
        {
            datum.Set(value);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
