using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;
using Planner.Board.States;

namespace Planner.Board.Tests.Persistence;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task InitializeAsync_NewDatabaseWithoutSample_AddsStatesOnly()
    {
        await using var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await using var db = NewContext(connection);

        await DatabaseInitializer.InitializeAsync(db, () => null, TimeProvider.System);

        Assert.Equal(197, await db.States.CountAsync());
        Assert.Equal(RegionalGroup.African, (await db.States.SingleAsync(s => s.Iso3 == "KEN")).Group);
        Assert.Equal(0, await db.Reviews.CountAsync());
    }

    [Fact]
    public async Task InitializeAsync_ExistingDatabase_DoesNotReseed()
    {
        await using var connection = new SqliteConnection("DataSource=:memory:");
        await connection.OpenAsync();
        await using (var first = NewContext(connection))
        {
            await DatabaseInitializer.InitializeAsync(first, () => null, TimeProvider.System);
        }
        await using var second = NewContext(connection);

        await DatabaseInitializer.InitializeAsync(second, () => null, TimeProvider.System);

        Assert.Equal(197, await second.States.CountAsync());
    }

    private static PlannerDbContext NewContext(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<PlannerDbContext>().UseSqlite(connection).Options);
}
