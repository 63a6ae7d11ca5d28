using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Planner.Host.Accounts;

/// <summary>
/// The account tables (ASP.NET Core Identity) in the same database as the board, with their own
/// migrations and migration history, so that the domain project stays free of web types.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityUserContext<PlannerAccount, Guid>(options)
{
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";
}
