using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.People;
using Planner.Board.Reviews;
using Planner.Board.Tiles;
using Planner.Board.Workflow;
using Planner.Plugins.Tests.Builders;

namespace Planner.Plugins.Tests.Persistence;

/// <summary>
/// Planner's database on in-memory SQLite (migrated like production, one open connection) holding
/// one review with a tile in each of Answer and Review, and one person per role that matters here.
/// </summary>
internal sealed class ReviewDatabase : IAsyncDisposable
{
    public static readonly Guid ReviewId = TileSummaries.ReviewId;
    public static readonly Guid AgencyId = new("c0000000-0000-0000-0000-0000000000a1");
    public static readonly Guid SecretariatId = People.Secretariat.UserId;
    public static readonly Guid RitaId = People.Rita.UserId;
    public static readonly Guid RafaelId = People.Rafael.UserId;
    public static readonly Guid FocalPointId = new("d0000000-0000-0000-0000-000000000004");
    public static readonly Guid StakeholderId = new("d0000000-0000-0000-0000-000000000005");
    public static readonly Guid OutsiderId = new("d0000000-0000-0000-0000-000000000006");

    /// <summary>Article 6, in Answer.</summary>
    public static readonly Guid AnswerTileId = new("c0000000-0000-0000-0000-000000000106");

    /// <summary>Article 7, in Review, not shared with stakeholders.</summary>
    public static readonly Guid ReviewTileId = new("c0000000-0000-0000-0000-000000000107");

    private readonly SqliteConnection connection;

    private ReviewDatabase(SqliteConnection connection) => this.connection = connection;

    public static async Task<ReviewDatabase> CreateAsync()
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        var database = new ReviewDatabase(connection);
        await using var db = database.NewContext();
        await DatabaseInitializer.InitializeAsync(db, () => null, TimeProvider.System);
        db.Cycles.Add(new ReviewCycle(2, 2016, 2026));
        db.Reviews.Add(new CountryReview(ReviewId, 2, 3, "KEN", "UGA", "DEU"));
        db.Agencies.Add(new Agency(AgencyId, ReviewId, "Ethics and Anti-Corruption Commission"));
        db.Users.Add(new User(SecretariatId, People.Secretariat.DisplayName, "sam@example.org", isSecretariat: true));
        AddParticipant(db, RitaId, People.Rita.DisplayName, ReviewRole.Reviewer);
        AddParticipant(db, RafaelId, People.Rafael.DisplayName, ReviewRole.Reviewer);
        AddParticipant(db, FocalPointId, "Fiona Focal", ReviewRole.FocalPoint);
        AddParticipant(db, StakeholderId, "Stella Stakeholder", ReviewRole.Stakeholder);
        db.Users.Add(new User(OutsiderId, "Otto Outsider", "otto@example.org", isSecretariat: false));
        db.Tiles.Add(Tile(AnswerTileId, 6, Column.Answer));
        db.Tiles.Add(Tile(ReviewTileId, 7, Column.Review));
        await db.SaveChangesAsync();
        return database;
    }

    public PlannerDbContext NewContext() => new(Options());

    /// <summary>Options for registering the context in a container over the same database.</summary>
    public DbContextOptions<PlannerDbContext> Options() =>
        new DbContextOptionsBuilder<PlannerDbContext>().UseSqlite(connection).Options;

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private static void AddParticipant(PlannerDbContext db, Guid userId, string name, ReviewRole role)
    {
        db.Users.Add(new User(userId, name, $"{userId:N}@example.org", isSecretariat: false));
        db.Participants.Add(new Participant(ReviewId, userId, role));
    }

    /// <summary>A tile taken to <paramref name="column"/> through the domain, as the secretariat would.</summary>
    private static Tile Tile(Guid id, int article, Column column)
    {
        var by = People.Secretariat;
        var tile = new Tile(id, ReviewId, article);
        // Assigning the agency sends the tile to Answer.
        Ensure(tile.AssignAgencies([AgencyId], by, tile.Version, People.Now));
        if (column >= Column.Review)
        {
            Ensure(tile.SaveAnswer("The State has a national anti-corruption strategy.", by, tile.Version, People.Now));
            Ensure(tile.MoveTo(Column.Review, by, tile.Version, People.Now));
        }
        return tile;
    }

    private static void Ensure(WorkflowDecision decision)
    {
        if (!decision.IsAllowed)
        {
            throw new InvalidOperationException($"The workflow refused a step of the seed: {decision.Refusal}.");
        }
    }
}
