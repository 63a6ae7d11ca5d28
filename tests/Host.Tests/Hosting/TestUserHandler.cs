using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Planner.Board.Persistence;

namespace Planner.Host.Tests.Hosting;

/// <summary>
/// Signs a request in as the user named by the <see cref="UserHeader"/> header (a user id), with
/// the same claims the sign-in cookie carries: the id and the display name, which comes
/// from <see cref="NameHeader"/> or else from the user's row.
/// </summary>
internal sealed class TestUserHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PlannerDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The default scheme: the header when there is one, otherwise the host's own cookie.</summary>
    public const string PolicyScheme = "Test";

    public const string HeaderScheme = "TestHeader";
    public const string UserHeader = "X-Test-User";
    public const string NameHeader = "X-Test-Name";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Guid.TryParse(Request.Headers[UserHeader].ToString(), out var userId))
        {
            return AuthenticateResult.Fail($"{UserHeader} is not a user id.");
        }
        var name = Request.Headers[NameHeader].ToString();
        if (string.IsNullOrEmpty(name))
        {
            name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName)
                .FirstOrDefaultAsync(Context.RequestAborted) ?? "Unknown user";
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, name)], HeaderScheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), HeaderScheme));
    }
}
