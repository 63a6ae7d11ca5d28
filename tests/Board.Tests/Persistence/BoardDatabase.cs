using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Audit;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Reviews;
using Planner.Board.Tests.Builders;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Tests.Persistence;

/// <summary>
/// An in-memory SQLite database, migrated like production and holding one small review
/// (see <see cref="Seed"/>). It lives as long as its one open connection; every context made
/// by <see cref="NewContext"/> shares it, so a fresh context sees exactly what was saved.
/// Board events published by its <see cref="Commands"/> are kept in <see cref="Events"/>.
/// </summary>
internal sealed class BoardDatabase : IAsyncDisposable
{
    private readonly SqliteConnection connection;

    private BoardDatabase(SqliteConnection connection) => this.connection = connection;

    public static async Task<BoardDatabase> CreateAsync()
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        var database = new BoardDatabase(connection);
        await using var db = database.NewContext();
        await DatabaseInitializer.InitializeAsync(db, () => null, TimeProvider.System);
        AddReview(db);
        await db.SaveChangesAsync();
        return database;
    }

    /// <summary>The board event stream the commands publish to, with a subscriber recording them.</summary>
    public EventRecorder Events { get; } = new();

    /// <summary>A context audited as production is; changes are recorded against <paramref name="actor"/>.</summary>
    public PlannerDbContext NewContext(AuditActor? actor = null, IAuditAnchor? anchor = null) =>
        new(new DbContextOptionsBuilder<PlannerDbContext>().UseSqlite(connection).Options, actor, anchor: anchor);

    /// <summary>Runs SQL straight on the database, past the domain and the audit: how a tamperer would.</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The tile as stored now, read through a fresh context with its history.</summary>
    public async Task<Tile> ReloadTileAsync(Guid tileId)
    {
        await using var db = NewContext();
        return await db.Tiles.AsNoTracking().AsSplitQuery()
            .Include(t => t.AnswerVersions).Include(t => t.Comments).Include(t => t.Activity)
            .SingleAsync(t => t.Id == tileId);
    }

    /// <summary>The tile commands over this context, publishing to <see cref="Events"/>.</summary>
    public BoardCommands Commands(PlannerDbContext db, params ITileMoveGuard[] guards) => new(db, Events.Stream, guards);

    /// <summary>The tile commands, recording who acts on <paramref name="actor"/> as the host does.</summary>
    public BoardCommands AuditedCommands(PlannerDbContext db, AuditActor actor) => new(db, Events.Stream, actor);

    public ValueTask DisposeAsync()
    {
        Events.Dispose();
        return connection.DisposeAsync();
    }

    private static void AddReview(PlannerDbContext db)
    {
        db.Cycles.Add(new ReviewCycle(2, 2016, 2026));
        db.Reviews.Add(new CountryReview(Seed.ReviewId, 2, 3, "KEN", "UGA", "DEU"));
        db.Agencies.Add(new Agency(Seed.AgencyId, Seed.ReviewId, "Ethics and Anti-Corruption Commission"));
        db.Agencies.Add(new Agency(Seed.OtherAgencyId, Seed.ReviewId, "Office of the Attorney General"));

        db.Users.Add(new User(Seed.SecretariatId, "Sam Secretariat", "sam@example.org", isSecretariat: true));
        AddParticipant(db, Seed.FocalPointId, "Fiona Focal", ReviewRole.FocalPoint);
        AddParticipant(db, Seed.ExpertId, "Ed Expert", ReviewRole.AgencyExpert, Seed.AgencyId);
        AddParticipant(db, Seed.OtherExpertId, "Oscar Other", ReviewRole.AgencyExpert, Seed.OtherAgencyId);
        AddParticipant(db, Seed.ReviewerId, "Rita Reviewer", ReviewRole.Reviewer);
        AddParticipant(db, Seed.ObserverId, "Olga Observer", ReviewRole.Observer);
        db.Users.Add(new User(Seed.OutsiderId, "Otto Outsider", "otto@example.org", isSecretariat: false));

        db.Tiles.Add(new TileBuilder().WithId(Seed.AssignedTileId).OnReview(Seed.ReviewId).ForArticle(5)
            .AssignedTo(Seed.AgencyId).Build());
        db.Tiles.Add(new TileBuilder().WithId(Seed.AnswerTileId).OnReview(Seed.ReviewId).ForArticle(6)
            .AssignedTo(Seed.AgencyId).InColumn(Column.Answer).Build());
        db.Tiles.Add(new TileBuilder().WithId(Seed.ReviewTileId).OnReview(Seed.ReviewId).ForArticle(7)
            .AssignedTo(Seed.AgencyId).InColumn(Column.Review).WithAnswer("Kenya's answer on article 7.").Build());
    }

    private static void AddParticipant(PlannerDbContext db, Guid userId, string name, ReviewRole role, Guid? agencyId = null)
    {
        db.Users.Add(new User(userId, name, $"{userId:N}@example.org", isSecretariat: false));
        db.Participants.Add(new Participant(Seed.ReviewId, userId, role, agencyId));
    }
}
