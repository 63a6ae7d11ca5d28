using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Access;
using Planner.Board.Audit;
using Planner.Board.Convention;
using Planner.Board.Events;
using Planner.Board.Persistence;
using Planner.Board.Queries;
using Planner.Board.Workflow;

namespace Planner.Board.Tiles.Commands;

/// <summary>
/// The spine every tile change goes through, whichever door it came from: find the tile and the
/// user's role on its review, let the change decide, save with the version check, then publish
/// one board event. A write based on an old version is refused and nothing is overwritten.
/// </summary>
public sealed class TileChangeRunner(
    PlannerDbContext db, ReviewAccess access, IBoardEvents events, TimeProvider clock, ConventionCatalog catalog,
    AuditActor? auditActor = null)
{
    /// <summary>A change: returns the decision and, when allowed, the event to publish.</summary>
    public delegate ValueTask<(WorkflowDecision Decision, Func<Tile, BoardEvent>? Event)> Change(
        Tile tile, Actor actor, DateTimeOffset now, CancellationToken cancellationToken);

    public async Task<TileChangeResult> RunAsync(Guid tileId, Guid userId, Change change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var tile = await db.Tiles.FirstOrDefaultAsync(t => t.Id == tileId, cancellationToken).ConfigureAwait(false);
        if (tile is null)
        {
            return TileChangeResult.NotFound;
        }
        var actor = await access.ActorOnReviewAsync(tile.ReviewId, userId, cancellationToken).ConfigureAwait(false);
        if (actor is null || !BoardWorkflow.CanSee(actor, tile))
        {
            return TileChangeResult.NotFound;
        }

        auditActor?.Set(actor.UserId, actor.DisplayName);
        var (decision, makeEvent) = await change(tile, actor, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!decision.IsAllowed || makeEvent is null)
        {
            return Refused(tile, decision);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (IsLostRace(ex))
        {
            // Someone saved between our read and our write: report their state, keep ours unsaved.
            db.ChangeTracker.Clear();
            var latest = await db.Tiles.AsNoTracking().FirstAsync(t => t.Id == tileId, cancellationToken).ConfigureAwait(false);
            return Refused(latest, WorkflowDecision.Refuse(Refusal.StaleVersion));
        }
        var boardEvent = makeEvent(tile);
        if (boardEvent is TileEvent tileEvent)
        {
            boardEvent = tileEvent with { SharedWithStakeholders = tile.SharedWithStakeholders, ByUserId = actor.UserId };
        }
        await events.PublishAsync(boardEvent, cancellationToken).ConfigureAwait(false);
        return new TileChangeResult(TileChangeStatus.Applied, TileSummary.From(tile, catalog));
    }

    /// <summary>
    /// A concurrent writer shows up either as the version check finding no row, or as the unique
    /// (tile, answer number) index refusing our answer row before the tile update runs.
    /// </summary>
    private static bool IsLostRace(DbUpdateException ex) =>
        ex is DbUpdateConcurrencyException || ex.InnerException is SqliteException { SqliteErrorCode: SqliteConstraintViolation };

    private const int SqliteConstraintViolation = 19;

    private TileChangeResult Refused(Tile tile, WorkflowDecision decision) => new(
        decision.Refusal == Refusal.StaleVersion ? TileChangeStatus.Conflict : TileChangeStatus.Refused,
        TileSummary.From(tile, catalog),
        decision.Refusal,
        decision.Detail);
}
