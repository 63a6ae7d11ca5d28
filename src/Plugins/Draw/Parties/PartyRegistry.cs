using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.States;

namespace Planner.Plugins.Draw.Parties;

/// <summary>
/// The States parties and the history of reviews the draw is built from. Party status and group
/// live on the State (Planner's own data); legal systems, instruments and imported history are
/// the plugin's, kept in the audited plugin store. Reviews opened in Planner count as history
/// too, and win over an imported row for the same State and cycle.
/// </summary>
public sealed class PartyRegistry(PlannerDbContext db, IPluginStore store, StatesPartyEditor editor)
{
    private const string ProfilesKey = "parties";
    private const string HistoryKey = "history";

    public async Task<IReadOnlyList<PartyView>> AllAsync(CancellationToken cancellationToken = default)
    {
        var profiles = await ProfilesAsync(cancellationToken).ConfigureAwait(false);
        var states = await db.States.AsNoTracking().OrderBy(s => s.Iso3).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. states.Select(s => profiles.TryGetValue(s.Iso3, out var p)
            ? new PartyView(s.Iso3, s.Name, s.IsParty, s.Group, p.LegalSystem, p.Instruments)
            : new PartyView(s.Iso3, s.Name, s.IsParty, s.Group, null, []))];
    }

    public async Task<IReadOnlyList<PartyView>> PartiesAsync(CancellationToken cancellationToken = default) =>
        [.. (await AllAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.IsParty)];

    /// <summary>Applies every change or none (an unknown code changes nothing).</summary>
    public async Task<StatesPartyEdit> ApplyAsync(IReadOnlyList<PartyChange> changes, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var edit = await editor.ApplyAsync([.. changes.Select(c => new StatePartyChange(c.Iso3, c.IsParty, c.Group))], userId, cancellationToken)
            .ConfigureAwait(false);
        if (edit.Status != StatesPartyEditStatus.Saved)
        {
            return edit;
        }
        var profiles = await ProfilesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in changes)
        {
            var iso3 = c.Iso3.ToUpperInvariant();
            var instruments = (c.Instruments ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal).ToList();
            var legal = string.IsNullOrWhiteSpace(c.LegalSystem) ? null : c.LegalSystem.Trim();
            if (legal is null && instruments.Count == 0)
            {
                profiles.Remove(iso3);
            }
            else
            {
                profiles[iso3] = new PartyProfile(iso3, legal, instruments);
            }
        }
        await store.SetAsync(DrawPluginInfo.Id, null, ProfilesKey,
            JsonSerializer.Serialize(profiles.Values.OrderBy(p => p.Iso3, StringComparer.Ordinal), DrawJson.Options), userId, cancellationToken)
            .ConfigureAwait(false);
        return edit;
    }

    /// <summary>Imported reviews and those opened in Planner, for one cycle or all.</summary>
    public async Task<IReadOnlyList<PastReview>> HistoryAsync(int? cycle = null, CancellationToken cancellationToken = default)
    {
        var imported = await ImportedHistoryAsync(cancellationToken).ConfigureAwait(false);
        var opened = await db.Reviews.AsNoTracking().Where(r => cycle == null || r.CycleNumber == cycle)
            .Select(r => new PastReview(r.CycleNumber, r.Year, r.StateUnderReview, new[] { r.ReviewingStateFromGroup, r.ReviewingStateFromBox }, null))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var merged = imported.Where(i => cycle == null || i.Cycle == cycle)
            .Where(i => !opened.Any(o => o.Cycle == i.Cycle && o.Reviewed == i.Reviewed))
            .Select(i => i)
            .Concat(opened.Select(o => o with { ExecutiveSummary = imported.FirstOrDefault(i => i.Cycle == o.Cycle && i.Reviewed == o.Reviewed)?.ExecutiveSummary }));
        return [.. merged.OrderBy(r => r.Cycle).ThenBy(r => r.Year).ThenBy(r => r.Reviewed, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Adds or replaces imported rows (one per State and cycle), for the secretariat only; every code
    /// must be a known State, else nothing is imported and the unknown codes are returned.
    /// </summary>
    public async Task<IReadOnlyList<string>> ImportHistoryAsync(IReadOnlyList<PastReview> rows, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsSecretariat, cancellationToken).ConfigureAwait(false))
        {
            throw new UnauthorizedAccessException("Only the secretariat imports review history.");
        }
        var codes = rows.SelectMany(r => r.Reviewers.Append(r.Reviewed)).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        var known = await db.States.Where(s => codes.Contains(s.Iso3)).Select(s => s.Iso3).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0)
        {
            return unknown;
        }
        var history = (await ImportedHistoryAsync(cancellationToken).ConfigureAwait(false)).ToList();
        foreach (var row in rows)
        {
            var normal = row with { Reviewed = row.Reviewed.ToUpperInvariant(), Reviewers = [.. row.Reviewers.Select(r => r.ToUpperInvariant())] };
            history.RemoveAll(h => h.Cycle == normal.Cycle && h.Reviewed == normal.Reviewed);
            history.Add(normal);
        }
        await store.SetAsync(DrawPluginInfo.Id, null, HistoryKey,
            JsonSerializer.Serialize(history.OrderBy(h => h.Cycle).ThenBy(h => h.Reviewed, StringComparer.Ordinal), DrawJson.Options), userId,
            cancellationToken).ConfigureAwait(false);
        return [];
    }

    private async Task<Dictionary<string, PartyProfile>> ProfilesAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(DrawPluginInfo.Id, null, ProfilesKey, cancellationToken).ConfigureAwait(false) is { } json
            ? (JsonSerializer.Deserialize<List<PartyProfile>>(json, DrawJson.Options) ?? []).ToDictionary(p => p.Iso3)
            : [];

    private async Task<IReadOnlyList<PastReview>> ImportedHistoryAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(DrawPluginInfo.Id, null, HistoryKey, cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<List<PastReview>>(json, DrawJson.Options) ?? []
            : [];
}
