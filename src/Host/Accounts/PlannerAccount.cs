using Microsoft.AspNetCore.Identity;

namespace Planner.Host.Accounts;

/// <summary>
/// Sign-in credentials for a Planner user (password hash, lockout, two-factor). Its id is the
/// id of the <see cref="Planner.Board.People.User"/> it signs in; roles are not here but per review.
/// </summary>
public sealed class PlannerAccount : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
}
