using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Planner.Board.People;
using Planner.Board.Reviews;
using Planner.Board.States;
using Planner.Board.Tiles;

namespace Planner.Board.Persistence;

/// <summary>The product's database. Each feature folder configures its own entities.</summary>
public sealed class PlannerDbContext(DbContextOptions<PlannerDbContext> options) : DbContext(options)
{
    public DbSet<State> States => Set<State>();

    public DbSet<ReviewCycle> Cycles => Set<ReviewCycle>();

    public DbSet<CountryReview> Reviews => Set<CountryReview>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<User> Users => Set<User>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<Tile> Tiles => Set<Tile>();

    public DbSet<AnswerVersion> AnswerVersions => Set<AnswerVersion>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<ActivityEntry> Activity => Set<ActivityEntry>();

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
