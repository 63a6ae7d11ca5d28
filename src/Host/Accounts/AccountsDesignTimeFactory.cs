using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Planner.Host.Accounts;

/// <summary>Lets `dotnet ef migrations add --context AccountsDbContext` run without starting the host.</summary>
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AccountsDbContext>()
        .UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(AccountsDbContext.MigrationsHistoryTable)).Options);
}
