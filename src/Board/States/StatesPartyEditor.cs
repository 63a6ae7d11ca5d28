using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.Persistence;

namespace Planner.Board.States;

/// <summary>A change to one State's party status and regional group.</summary>
public sealed record StatePartyChange(string Iso3, bool IsParty, RegionalGroup Group);

/// <summary>
/// The secretariat keeps which States are parties and their regional groups. Changes are applied
/// together or not at all (an import with one unknown code changes nothing), and are audited.
/// </summary>
public sealed class StatesPartyEditor(PlannerDbContext db, AuditActor? auditActor = null)
{
    /// <summary>Applies every change, or none: refused for anyone but the secretariat, and when a code is unknown.</summary>
    public async Task<StatesPartyEdit> ApplyAsync(IReadOnlyList<StatePartyChange> changes, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is not { IsSecretariat: true })
        {
            return new(StatesPartyEditStatus.NotAllowed, []);
        }
        var codes = changes.Select(c => c.Iso3.ToUpperInvariant()).Distinct().ToList();
        var states = await db.States.Where(s => codes.Contains(s.Iso3)).ToDictionaryAsync(s => s.Iso3, cancellationToken).ConfigureAwait(false);
        var unknown = codes.Where(c => !states.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            return new(StatesPartyEditStatus.UnknownStates, unknown);
        }
        auditActor?.Set(user.Id, user.DisplayName);
        foreach (var change in changes)
        {
            var state = states[change.Iso3.ToUpperInvariant()];
            state.SetPartyStatus(change.IsParty);
            state.SetGroup(change.Group);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new(StatesPartyEditStatus.Saved, []);
    }
}

public sealed record StatesPartyEdit(StatesPartyEditStatus Status, IReadOnlyList<string> UnknownCodes);

public enum StatesPartyEditStatus
{
    Saved,
    NotAllowed,
    UnknownStates,
}
