using System.Security.Claims;

namespace Planner.Host.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id, or null when the principal carries none.</summary>
    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
