using System.Text.Json;
using System.Text.Json.Serialization;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Verification;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>
/// Open, run and redraw draws, kept in the plugin store (so every step is in the audit log, with
/// who did it). Opening commits to a fresh secret seed; running reveals it with the result.
/// </summary>
public sealed class DrawSessions(IPluginStore store, TimeProvider clock)
{
    private const string PluginId = "draw";
    private const string IndexKey = "draws";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<DrawRecord> OpenAsync(DrawInput input, Guid userId, string userName, CancellationToken cancellationToken = default)
    {
        var commitment = SeedCommitment.Create();
        var record = new DrawRecord(Guid.NewGuid(), userName, clock.GetUtcNow(), commitment.Commitment,
            Convert.ToHexStringLower(commitment.Seed), input, null);
        await SaveAsync(record, userId, cancellationToken).ConfigureAwait(false);
        var index = await IndexAsync(cancellationToken).ConfigureAwait(false);
        await store.SetAsync(PluginId, null, IndexKey, JsonSerializer.Serialize(index.Append(record.Id).ToList(), Json), userId, cancellationToken)
            .ConfigureAwait(false);
        return record;
    }

    public async Task<DrawRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(PluginId, null, Key(id), cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<DrawRecord>(json, Json)
            : null;

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
        return records;
    }

    /// <summary>Runs an opened draw with its committed seed; a draw runs once.</summary>
    public async Task<DrawRecord?> RunAsync(Guid id, Guid userId, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null || record.Result is not null)
        {
            return record;
        }
        record = record with { Result = DrawSolver.Solve(record.Input, Convert.FromHexString(record.SeedHex)) };
        await SaveAsync(record, userId, cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>Redraws one seat of a run draw, from the same seed (a redraw's stream is its own), recorded with its reason.</summary>
    public async Task<DrawRecord?> RedrawAsync(Guid id, Seat seat, string reason, Guid userId, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (record?.Result is not { Succeeded: true } result)
        {
            return record;
        }
        record = record with { Result = DrawSolver.Redraw(result, seat, reason, Convert.FromHexString(record.SeedHex)) };
        await SaveAsync(record, userId, cancellationToken).ConfigureAwait(false);
        return record;
    }

    private static string Key(Guid id) => $"draw:{id:N}";

    private Task SaveAsync(DrawRecord record, Guid userId, CancellationToken cancellationToken) =>
        store.SetAsync(PluginId, null, Key(record.Id), JsonSerializer.Serialize(record, Json), userId, cancellationToken);

    private async Task<List<Guid>> IndexAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(PluginId, null, IndexKey, cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<List<Guid>>(json, Json) ?? []
            : [];
}
