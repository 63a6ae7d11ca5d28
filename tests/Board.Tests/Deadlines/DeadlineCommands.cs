using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Deadlines;
using Planner.Board.Deadlines.Commands;
using Planner.Board.Persistence;
using Planner.Board.Tests.Builders;
using Planner.Board.Tests.Persistence;

namespace Planner.Board.Tests.Deadlines;

/// <summary>The deadline use cases wired as the host wires them, on a clock the test controls (3 December 2026).</summary>
internal static class DeadlineCommands
{
    public static readonly DateOnly Today = new(2026, 12, 3);

    public static SetDeadlineCommand Set(BoardDatabase database, PlannerDbContext db, AuditActor? actor = null) =>
        new(db, new ReviewAccess(db), database.Events.Stream, Clock(), actor);

    public static DeadlineQueries Queries(PlannerDbContext db) => new(db, new ReviewAccess(db), Clock());

    public static SetDeadline Checklist(Guid id, DateOnly due, string? reason = "Agreed at the kick-off call", int expectedVersion = 0, bool met = false) =>
        new(Seed.ReviewId, id, DeadlineKind.ChecklistDue, null, due, met, reason, expectedVersion);

    private static FakeClock Clock() => new(Actors.Now);
}
