using System.Text.Json;
using Planner.Plugins;

namespace Planner.Samples.FourEyes.Approving;

/// <summary>
/// The approvals of each tile, kept in the host's plugin store under the tile's review, key
/// <c>approvals:{tileId}</c>, as a JSON list of <see cref="Approval"/>. Knows nothing of roles
/// or columns: <see cref="ApproveTileCommand"/> decides who may approve.
/// </summary>
internal sealed class Approvals(IPluginStore store, ApprovalGate gate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Key(Guid tileId) => $"approvals:{tileId}";

    /// <summary>The tile's approvals, oldest first; an absent or empty value is no approvals.</summary>
    public async Task<IReadOnlyList<Approval>> ListAsync(Guid reviewId, Guid tileId, CancellationToken cancellationToken = default)
    {
        var value = await store.GetAsync(FourEyesPlugin.PluginId, reviewId, Key(tileId), cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(value) ? [] : JsonSerializer.Deserialize<List<Approval>>(value, Json) ?? [];
    }

    /// <summary>How many different people approved the tile; the same reviewer twice counts once.</summary>
    public async Task<int> CountDistinctAsync(Guid reviewId, Guid tileId, CancellationToken cancellationToken = default) =>
        (await ListAsync(reviewId, tileId, cancellationToken).ConfigureAwait(false)).Select(a => a.UserId).Distinct().Count();

    /// <summary>Adds an approval unless this user already gave one.</summary>
    /// <returns>False when the user had already approved the tile; nothing is written then.</returns>
    public async Task<bool> AddAsync(Guid reviewId, Guid tileId, Approval approval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(approval);
        using var entered = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        var current = await ListAsync(reviewId, tileId, cancellationToken).ConfigureAwait(false);
        if (current.Any(a => a.UserId == approval.UserId))
        {
            return false;
        }
        await WriteAsync(reviewId, tileId, [.. current, approval], approval.UserId, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Forgets the tile's approvals (e.g. when it is reopened), recorded as done by <paramref name="byUserId"/>.</summary>
    public async Task ClearAsync(Guid reviewId, Guid tileId, Guid byUserId, CancellationToken cancellationToken = default)
    {
        using var entered = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        if ((await ListAsync(reviewId, tileId, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            await WriteAsync(reviewId, tileId, [], byUserId, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task WriteAsync(Guid reviewId, Guid tileId, IReadOnlyList<Approval> approvals, Guid byUserId, CancellationToken cancellationToken) =>
        store.SetAsync(FourEyesPlugin.PluginId, reviewId, Key(tileId), JsonSerializer.Serialize(approvals, Json), byUserId, cancellationToken);
}
