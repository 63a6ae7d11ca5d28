using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Planner.Host.Accounts;

/// <summary>Puts the person's display name, not their e-mail, in the name claim: it is what boards show.</summary>
public sealed class PlannerClaimsFactory(UserManager<PlannerAccount> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlannerAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlannerAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        if (identity.FindFirst(identity.NameClaimType) is { } name)
        {
            identity.RemoveClaim(name);
        }
        identity.AddClaim(new Claim(identity.NameClaimType, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
