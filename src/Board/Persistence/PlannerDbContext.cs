using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Planner.Board.Audit;
using Planner.Board.Documents;
using Planner.Board.People;
using Planner.Board.Reviews;
using Planner.Board.States;
using Planner.Board.Tiles;

namespace Planner.Board.Persistence;

/// <summary>The product's database. Each feature folder configures its own entities.</summary>
/// <remarks>
/// Every save appends to the hash-chained audit log in the same transaction, recording the
/// changes against <paramref name="actor"/> (see <see cref="AuditTrail"/>).
/// </remarks>
public sealed class PlannerDbContext(DbContextOptions<PlannerDbContext> options, IAuditActor? actor = null, TimeProvider? clock = null,
    IAuditAnchor? anchor = null)
    : DbContext(options)
{
    private readonly IAuditActor actor = actor ?? new AuditActor();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public DbSet<State> States => Set<State>();

    public DbSet<ReviewCycle> Cycles => Set<ReviewCycle>();

    public DbSet<CountryReview> Reviews => Set<CountryReview>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Tile> Tiles => Set<Tile>();

    public DbSet<AnswerVersion> AnswerVersions => Set<AnswerVersion>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Checklist.ChecklistTemplate> ChecklistTemplates => Set<Checklist.ChecklistTemplate>();

    public DbSet<Checklist.ChecklistSubmission> ChecklistSubmissions => Set<Checklist.ChecklistSubmission>();

    public DbSet<Tiles.Contributions.Contribution> Contributions => Set<Tiles.Contributions.Contribution>();

    public DbSet<Checklist.Previous.PreviousFinding> PreviousFindings => Set<Checklist.Previous.PreviousFinding>();

    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();

    public DbSet<TileDocument> Documents => Set<TileDocument>();

    public DbSet<Deadlines.ReviewDeadline> Deadlines => Set<Deadlines.ReviewDeadline>();

    public DbSet<Deadlines.DeadlineChange> DeadlineChanges => Set<Deadlines.DeadlineChange>();

    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    public DbSet<Notifications.NotificationSettings> NotificationSettings => Set<Notifications.NotificationSettings>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Resources.ArticleResource> Resources => Set<Resources.ArticleResource>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AccountEvent> AccountEvents => Set<AccountEvent>();

    public DbSet<Plugins.PluginSetting> PluginSettings => Set<Plugins.PluginSetting>();

    public DbSet<Plugins.PluginDatum> PluginData => Set<Plugins.PluginDatum>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changes = AuditTrail.Changes(this);
        if (changes.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        AuditTrail.ChainLock.Wait();
        List<AuditEntry> appended = [];
        try
        {
            appended = AuditTrail.Append(this, changes, AuditTrail.Head(this).FirstOrDefault(), actor, clock.GetUtcNow());
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            Anchor(appended);
            return saved;
        }
        catch
        {
            AuditTrail.Forget(this, appended);
            throw;
        }
        finally
        {
            AuditTrail.ChainLock.Release();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = AuditTrail.Changes(this);
        if (changes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        await AuditTrail.ChainLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        List<AuditEntry> appended = [];
        try
        {
            var head = await AuditTrail.Head(this).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            appended = AuditTrail.Append(this, changes, head, actor, clock.GetUtcNow());
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
            Anchor(appended);
            return saved;
        }
        catch
        {
            // Not saved, so neither are its audit entries; a retry appends them anew.
            AuditTrail.Forget(this, appended);
            throw;
        }
        finally
        {
            AuditTrail.ChainLock.Release();
        }
    }

    private void Anchor(List<AuditEntry> appended)
    {
        if (appended.Count > 0)
        {
            anchor?.Write(new AuditHead(appended[^1].Sequence, appended[^1].Hash));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset stored as text; a binary form sorts correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlannerDbContext).Assembly);
}
