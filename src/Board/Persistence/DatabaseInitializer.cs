using Microsoft.EntityFrameworkCore;
using Planner.Board.Sample;
using Planner.Board.States;

namespace Planner.Board.Persistence;

/// <summary>Brings the database up to date at start, and fills a brand-new one.</summary>
public static class DatabaseInitializer
{
    /// <summary>
    /// Applies pending migrations. A database that had none applied is new: it gets the States
    /// list and, when given, the sample review. An existing database is never reseeded, so a
    /// sample review someone removed stays removed.
    /// </summary>
    /// <returns>The sample seeded into a new database, or null when the database existed or no sample was given.</returns>
    public static async Task<SampleReviewFile?> InitializeAsync(PlannerDbContext db, Func<Stream?> sampleReview, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sampleReview);
        ArgumentNullException.ThrowIfNull(clock);
        var isNew = !(await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!isNew)
        {
            return null;
        }
        db.States.AddRange(UnStatesFile.Read(isParty: _ => false));
        Checklist.ChecklistTemplates.EnsureDefault(db, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await using var sample = sampleReview();
        if (sample is null)
        {
            return null;
        }
        var file = SampleDataSeeder.Read(sample);
        SampleDataSeeder.AddTo(db, file, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return file;
    }
}
