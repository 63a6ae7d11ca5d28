using Planner.Board.Audit;
using Planner.Board.Persistence;

namespace Planner.Board.People;

/// <summary>Records account events (see <see cref="AccountEvent"/>) against the person they concern.</summary>
public sealed class AccountEvents(PlannerDbContext db, TimeProvider clock, AuditActor? auditActor = null)
{
    public async Task RecordAsync(Guid? userId, string actorName, AccountEventKind kind, string detail = "", CancellationToken cancellationToken = default)
    {
        auditActor?.Set(userId, actorName);
        db.AccountEvents.Add(new AccountEvent(userId, kind, detail, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
