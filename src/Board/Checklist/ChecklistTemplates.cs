using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;

namespace Planner.Board.Checklist;

/// <summary>
/// The checklist's versions. The secretariat publishes a new version; reviews opened afterwards
/// use it, and each review keeps the version it started with (<see cref="Reviews.CountryReview.ChecklistVersion"/>).
/// </summary>
public sealed class ChecklistTemplates(PlannerDbContext db, TimeProvider clock, Audit.AuditActor? auditActor = null)
{
    public async Task<ChecklistTemplate> LatestAsync(CancellationToken cancellationToken = default) =>
        await db.ChecklistTemplates.AsNoTracking().OrderByDescending(t => t.Number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
        ?? new ChecklistTemplate(1, DefaultChecklist.Questions, "Planner", DateTimeOffset.UnixEpoch);

    public async Task<ChecklistTemplate> ForReviewAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var number = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.ChecklistVersion).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return await db.ChecklistTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, cancellationToken).ConfigureAwait(false)
            ?? await LatestAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ChecklistTemplate>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.ChecklistTemplates.AsNoTracking().OrderBy(t => t.Number).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Publishes a new version (secretariat only); null when refused or the questions are not valid.</summary>
    public async Task<ChecklistTemplate?> PublishAsync(IReadOnlyList<ChecklistQuestion> questions, Guid userId, CancellationToken cancellationToken = default) =>
        (await PublishAsync(questions, userId, expectedLatest: null, cancellationToken).ConfigureAwait(false)).Published;

    /// <summary>
    /// Publishes a new version (secretariat only). With <paramref name="expectedLatest"/> (the latest
    /// version number the draft was based on) a version published meanwhile by someone else makes it
    /// <see cref="PublishStatus.Stale"/>, so nobody's version is silently followed by one built on an older one.
    /// </summary>
    public async Task<PublishResult> PublishAsync(IReadOnlyList<ChecklistQuestion> questions, Guid userId, int? expectedLatest,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        var latest = await LatestAsync(cancellationToken).ConfigureAwait(false);
        if (user is not { IsSecretariat: true })
        {
            return new(PublishStatus.NotAllowed, latest);
        }
        if (!IsValid(questions))
        {
            return new(PublishStatus.Invalid, latest);
        }
        if (expectedLatest is { } expected && expected != latest.Number)
        {
            return new(PublishStatus.Stale, latest);
        }
        auditActor?.Set(user.Id, user.DisplayName);
        // Reviews started on the built-in version 1 must still find it once version 2 exists.
        EnsureDefault(db, clock.GetUtcNow());
        var template = new ChecklistTemplate(latest.Number + 1, questions, user.DisplayName, clock.GetUtcNow());
        db.ChecklistTemplates.Add(template);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two publishes at once: the version number is the key, so one of them gets it and the other is stale.
            db.ChangeTracker.Clear();
            return new(PublishStatus.Stale, await LatestAsync(cancellationToken).ConfigureAwait(false));
        }
        return new(PublishStatus.Published, template, template);
    }

    /// <summary>How many reviews use each version (reviews keep the version they started with).</summary>
    public async Task<IReadOnlyDictionary<int, int>> ReviewsPerVersionAsync(CancellationToken cancellationToken = default) =>
        await db.Reviews.AsNoTracking().GroupBy(r => r.ChecklistVersion).Select(g => new { Version = g.Key, Reviews = g.Count() })
            .ToDictionaryAsync(g => g.Version, g => g.Reviews, cancellationToken).ConfigureAwait(false);

    /// <summary>Every question has a key (unique per article), English text at least, and a valid article.</summary>
    public static bool IsValid(IReadOnlyList<ChecklistQuestion> questions) => ChecklistValidation.Problems(questions).Count == 0;

    /// <summary>Makes sure version 1 exists: a new database starts with the default checklist.</summary>
    public static void EnsureDefault(PlannerDbContext db, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.ChecklistTemplates.Any())
        {
            db.ChecklistTemplates.Add(new ChecklistTemplate(1, DefaultChecklist.Questions, "Planner", now));
        }
    }
}
