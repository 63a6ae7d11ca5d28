using System.Text.Json;
using Microsoft.Extensions.Options;
using Planner.Board.Reviews.Opening;
using Planner.Plugins.Draw.Inputs;
using Planner.Plugins.Draw.Parties;
using Planner.Plugins.Draw.Schedule;
using Planner.Plugins.Draw.Verification;

namespace Planner.Plugins.Draw.Sessions;

/// <summary>
/// Cycle schedules (D1), kept in the plugin store and audited like draws: which States are reviewed
/// in which year. Opening one records the cycle and builds the input from the States parties and,
/// for policies (b) and (c), the previous cycle's history; running it reveals the seed.
/// </summary>
public sealed class ScheduleSessions(IPluginStore store, TimeProvider clock, DrawLocks locks, PartyRegistry registry, OpenCycleCommand openCycle,
    IOptionsMonitor<DrawOptions> options)
{
    public async Task<ScheduleRecord?> FindAsync(int cycle, CancellationToken cancellationToken = default) =>
        await store.GetAsync(DrawPluginInfo.Id, null, Key(cycle), cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<ScheduleRecord>(json, DrawJson.Options)
            : null;

    /// <summary>Schedules of cycles 1…(highest recorded cycle + 1), newest first.</summary>
    public async Task<IReadOnlyList<ScheduleRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<ScheduleRecord>();
        for (var cycle = 1; cycle <= 20; cycle++)
        {
            if (await FindAsync(cycle, cancellationToken).ConfigureAwait(false) is { } record)
            {
                list.Add(record);
            }
        }
        return [.. list.OrderByDescending(r => r.Cycle)];
    }

    /// <summary>Opens the schedule of a cycle, or returns the one already open for it (a cycle has one schedule).</summary>
    public async Task<(ScheduleRecord? Record, DeskRefusal? Refusal)> OpenAsync(int cycle, int firstYear, SchedulePolicy policy, Guid userId, string userName,
        CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        if (cycle is < 1 or > 20 || firstYear is < 2000 or > 2100)
        {
            return (null, new(400, "Refusal.Cycle"));
        }
        using var held = await locks.AcquireAsync(Key(cycle), cancellationToken).ConfigureAwait(false);
        if (await FindAsync(cycle, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, null);
        }
        var parties = await registry.PartiesAsync(cancellationToken).ConfigureAwait(false);
        if (parties.Count == 0)
        {
            return (null, new(400, "Refusal.NoParties"));
        }
        // A State outside every regional group could never fill its group seat: say so now, not at its year's draw.
        if (parties.Where(p => p.Group == Board.States.RegionalGroup.None).Select(p => p.Iso3).ToList() is { Count: > 0 } ungrouped)
        {
            return (null, new(400, "Refusal.NoGroup", string.Join(", ", ungrouped)));
        }
        if (await openCycle.ExecuteAsync(cycle, firstYear, firstYear + settings.TotalYears - 1, userId, cancellationToken).ConfigureAwait(false) is null)
        {
            return (null, new(403, "Refusal.SecretariatOnly"));
        }
        var previous = await registry.HistoryAsync(cycle - 1, cancellationToken).ConfigureAwait(false);
        var all = await registry.HistoryAsync(null, cancellationToken).ConfigureAwait(false);
        var input = new ScheduleInput
        {
            Cycle = cycle,
            Policy = policy,
            DrawYears = settings.DrawYears,
            TotalYears = settings.TotalYears,
            States = [.. parties.Select(p => new ScheduleState(p.Iso3, p.Group,
                previous.FirstOrDefault(h => h.Reviewed == p.Iso3)?.Year,
                all.Where(h => h.Reviewed == p.Iso3 && h.ExecutiveSummary is not null).Max(h => h.ExecutiveSummary)))],
        };
        var commitment = SeedCommitment.Create();
        var record = new ScheduleRecord(cycle, firstYear, userName, clock.GetUtcNow(), commitment.Commitment, Convert.ToHexStringLower(commitment.Seed),
            input, null);
        await SaveAsync(record, userId, cancellationToken).ConfigureAwait(false);
        return (record, null);
    }

    public Task<ScheduleRecord?> RunAsync(int cycle, Guid userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(cycle, userId, r => r.Result is not null ? r : r with { Result = CycleScheduler.Schedule(r.Input, Convert.FromHexString(r.SeedHex)) },
            cancellationToken);

    /// <summary>A State that became a party after the schedule was drawn is reviewed in the cycle's last year.</summary>
    public async Task<(ScheduleRecord? Record, DeskRefusal? Refusal)> AddLateJoinerAsync(int cycle, string iso3, Guid userId,
        CancellationToken cancellationToken = default)
    {
        var parties = await registry.PartiesAsync(cancellationToken).ConfigureAwait(false);
        if (parties.All(p => p.Iso3 != iso3))
        {
            return (await FindAsync(cycle, cancellationToken).ConfigureAwait(false), new DeskRefusal(400, "Refusal.NotParties", iso3));
        }
        DeskRefusal? refusal = null;
        var record = await ChangeAsync(cycle, userId, r =>
        {
            if (r.Result is null || r.Result.Years.Any(y => y.States.Contains(iso3)))
            {
                refusal = r.Result is null ? new(400, "Refusal.ScheduleNotDrawn") : new(400, "Refusal.AlreadyScheduled", iso3);
                return r;
            }
            return r with { Result = CycleScheduler.AddLateJoiner(r.Result, iso3), LateJoiners = [.. r.LateJoiners, iso3] };
        }, cancellationToken).ConfigureAwait(false);
        return (record, refusal);
    }

    private async Task<ScheduleRecord?> ChangeAsync(int cycle, Guid userId, Func<ScheduleRecord, ScheduleRecord> change, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(Key(cycle), cancellationToken).ConfigureAwait(false);
        if (await FindAsync(cycle, cancellationToken).ConfigureAwait(false) is not { } record)
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

    private static string Key(int cycle) => $"schedule:{cycle}";

    private Task SaveAsync(ScheduleRecord record, Guid userId, CancellationToken cancellationToken) =>
        store.SetAsync(DrawPluginInfo.Id, null, Key(record.Cycle), JsonSerializer.Serialize(record, DrawJson.Options), userId, cancellationToken);
}
