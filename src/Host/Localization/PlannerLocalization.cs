using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Planner.Board.Convention;

namespace Planner.Host.Localization;

/// <summary>
/// The six UN languages for the interface. The choice is kept in the browser in the standard
/// culture cookie, so it survives reloads and applies to pages, the API and the hub alike.
/// </summary>
public static class PlannerLocalization
{
    public static IReadOnlyList<CultureInfo> Cultures { get; } =
        UnLanguages.All.Select(CultureInfo.GetCultureInfo).ToList();

    public static IServiceCollection AddPlannerLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<RefusalMessages>();
        return services;
    }

    public static WebApplication UsePlannerLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = [.. Cultures],
            SupportedUICultures = [.. Cultures],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        app.UseRequestLocalization(options);
        return app;
    }

    /// <summary>GET /culture/{code}?returnUrl=/path — remembers the language and goes back.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{code}", (string code, string? returnUrl, HttpContext http) =>
        {
            var culture = UnLanguages.Normalize(code);
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = false });
            // Only local paths: a crafted link must not send people to another site.
            var target = Accounts.AccountsSetup.IsLocalUrl(returnUrl) ? returnUrl! : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
