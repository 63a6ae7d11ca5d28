using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Persistence;

namespace Planner.Host.Identity;

/// <summary>
/// Sign-in as one of the demo users seeded with the sample review. Real accounts, invitations
/// and two-factor sign-in replace this with the security feature; the cookie and the claims
/// (user id, name) stay the same, so nothing else changes then.
/// </summary>
public static class DemoIdentity
{
    public static IServiceCollection AddDemoIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/sign-in";
                o.Cookie.Name = "planner.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                // The API and the hub answer 401/403 rather than redirect to a page.
                o.Events.OnRedirectToLogin = c => ApiAware(c, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = c => ApiAware(c, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        return services;
    }

    public static IEndpointRouteBuilder MapDemoSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/sign-in", async ([FromForm] Guid userId, [FromForm] string? returnUrl,
            HttpContext http, PlannerDbContext db) =>
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId).ConfigureAwait(false);
            if (user is null)
            {
                return Results.LocalRedirect("/sign-in?error=unknown-user");
            }
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Name, user.DisplayName)],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(new ClaimsPrincipal(identity)).ConfigureAwait(false);
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();

        endpoints.MapPost("/account/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/sign-in");
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
