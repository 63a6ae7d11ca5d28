using Microsoft.AspNetCore.Identity;
using Planner.Board.Sample;

namespace Planner.Host.Accounts;

/// <summary>
/// Creates sign-in accounts for the sample review's demo users with the passwords in the sample
/// file, when a new database is seeded and <c>Planner:DemoAccounts</c> is on (development only).
/// </summary>
public sealed partial class DemoAccounts(UserManager<PlannerAccount> users, ILogger<DemoAccounts> logger)
{
    public async Task CreateAsync(SampleReviewFile sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        foreach (var person in sample.Users.Where(u => !string.IsNullOrEmpty(u.Password)))
        {
            var email = person.Email.Trim().ToLowerInvariant();
            var account = new PlannerAccount
            {
                Id = SampleDataSeeder.UserIdFor(email),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = person.Name,
            };
            var result = await users.CreateAsync(account, person.Password!).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
            DemoAccountCreated(email, person.Password!, person.Role.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account (development only): {Email} / {Password} ({Role})")]
    private partial void DemoAccountCreated(string email, string password, string role);
}
