using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.Persistence;

namespace Planner.Board.Reviews.Opening;

/// <summary>The secretariat records a review cycle (its number and calendar years) before its reviews are opened.</summary>
public sealed class OpenCycleCommand(PlannerDbContext db, AuditActor? auditActor = null)
{
    /// <summary>Records the cycle, or returns the one already recorded with that number (its years are not changed).</summary>
    public async Task<ReviewCycle?> ExecuteAsync(int number, int firstYear, int lastYear, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is not { IsSecretariat: true } || number < 1 || lastYear < firstYear)
        {
            return null;
        }
        if (await db.Cycles.FindAsync([number], cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }
        auditActor?.Set(user.Id, user.DisplayName);
        var cycle = new ReviewCycle(number, firstYear, lastYear);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return cycle;
    }
}
