using System.Text.Json;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Verification;

namespace Planner.Plugins.Draw.Sessions;

/// <summary>
/// Open, run, redraw and widen draws, kept in the plugin store (so every step is in the audit log,
/// with who did it). Opening commits to a fresh secret seed; running reveals it with the result.
/// Changes to one draw are serialised by <see cref="DrawLocks"/> and always start from the stored record.
/// </summary>
public sealed class DrawSessions(IPluginStore store, TimeProvider clock, DrawLocks locks)
{
    private const string IndexKey = "draws";

    public async Task<DrawRecord> OpenAsync(DrawInput input, Guid userId, string userName, DrawContext? context = null,
        CancellationToken cancellationToken = default)
    {
        var commitment = SeedCommitment.Create();
        var record = new DrawRecord(Guid.NewGuid(), userName, clock.GetUtcNow(), commitment.Commitment,
            Convert.ToHexStringLower(commitment.Seed), input, null)
        {
            Cycle = context?.Cycle,
            Year = context?.Year,
            Kept = context?.Kept ?? [],
            YearOfState = context?.YearOfState ?? new Dictionary<string, int>(),
        };
        using (await locks.AcquireAsync(IndexKey, cancellationToken).ConfigureAwait(false))
        {
            await SaveAsync(record, userId, cancellationToken).ConfigureAwait(false);
            var index = await IndexAsync(cancellationToken).ConfigureAwait(false);
            await store.SetAsync(DrawPluginInfo.Id, null, IndexKey, JsonSerializer.Serialize(index.Append(record.Id).ToList(), DrawJson.Options), userId,
                cancellationToken).ConfigureAwait(false);
        }
        return record;
    }

    public async Task<DrawRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(DrawPluginInfo.Id, null, Key(id), cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<DrawRecord>(json, DrawJson.Options)
            : null;

    /// <summary>Every draw, newest first.</summary>
    public async Task<IReadOnlyList<DrawRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<DrawRecord>();
        foreach (var id in await IndexAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await FindAsync(id, cancellationToken).ConfigureAwait(false) is { } record)
            {
                records.Add(record);
            }
        }
        return [.. records.OrderByDescending(r => r.OpenedAt)];
    }

    /// <summary>Runs an opened draw with its committed seed; a draw runs once (running again returns it as it is).</summary>
    public Task<DrawRecord?> RunAsync(Guid id, Guid userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, r => r.Result is not null ? r : r with { Result = DrawSolver.Solve(r.Input, Seed(r)) }, cancellationToken);

    /// <summary>
    /// Redraws one seat of a run draw (its own stream of the same seed), recorded with its kind and
    /// reason (D4). A redraw that is refused (limit reached, no candidate left) changes nothing and
    /// returns why.
    /// </summary>
    public async Task<(DrawRecord? Record, DrawFailure? Refusal)> RedrawAsync(Guid id, Seat seat, RedrawReason kind, string reason, Guid userId,
        CancellationToken cancellationToken = default)
    {
        DrawFailure? refusal = null;
        var record = await ChangeAsync(id, userId, r =>
        {
            if (r.Result is not { Succeeded: true } result)
            {
                return r;
            }
            var redrawn = DrawSolver.Redraw(result, seat, kind, reason, Seed(r));
            refusal = redrawn.Failure;
            return refusal is null ? r with { Result = redrawn } : r;
        }, cancellationToken).ConfigureAwait(false);
        return (record, refusal);
    }

    /// <summary>
    /// Widens the box of a draw that could not be completed (D3) and runs it again with the same
    /// seed: the widening, with its reason, becomes part of the recorded input, so the replay
    /// still gives the same result.
    /// </summary>
    public Task<DrawRecord?> WidenAsync(Guid id, BoxWidening widening, Guid userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, r =>
        {
            if (r.Result is { Succeeded: true })
            {
                return r;
            }
            var input = r.Input with { BoxWidenings = [.. r.Input.BoxWidenings, widening] };
            return r with { Input = input, Result = r.Result is null ? null : DrawSolver.Solve(input, Seed(r)) };
        }, cancellationToken);

    /// <summary>Records the reviews opened from the draw.</summary>
    public Task<DrawRecord?> RecordOpenedReviewsAsync(Guid id, IReadOnlyList<Guid> reviews, Guid userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, userId, r => r with { OpenedReviews = [.. r.OpenedReviews.Concat(reviews).Distinct()] }, cancellationToken);

    private async Task<DrawRecord?> ChangeAsync(Guid id, Guid userId, Func<DrawRecord, DrawRecord> change, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(Key(id), cancellationToken).ConfigureAwait(false);
        if (await FindAsync(id, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }
        var changed = change(record);
        if (!ReferenceEquals(changed, record))
        {
            await SaveAsync(changed, userId, cancellationToken).ConfigureAwait(false);
        }
        return changed;
    }

    private static byte[] Seed(DrawRecord record) => Convert.FromHexString(record.SeedHex);

    private static string Key(Guid id) => $"draw:{id:N}";

    private Task SaveAsync(DrawRecord record, Guid userId, CancellationToken cancellationToken) =>
        store.SetAsync(DrawPluginInfo.Id, null, Key(record.Id), JsonSerializer.Serialize(record, DrawJson.Options), userId, cancellationToken);

    private async Task<List<Guid>> IndexAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(DrawPluginInfo.Id, null, IndexKey, cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<List<Guid>>(json, DrawJson.Options) ?? []
            : [];
}
