namespace Planner.Host.Security;

/// <summary>
/// Cross-site request forgery guard for the API and the hub, which authenticate by cookie: a
/// browser always names the page's origin on cross-site requests and on WebSocket handshakes, so
/// a state-changing API call or any hub connection from another origin is refused. Forms are
/// protected by antiforgery tokens instead.
/// </summary>
public static class SameOriginGuard
{
    public static IApplicationBuilder UseSameOriginGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var guarded = request.Path.StartsWithSegments("/hubs")
            || (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method));
        if (guarded && request.Headers.Origin is { Count: > 0 } origin && !IsSameOrigin(origin.ToString(), request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(
                new { title = "Cross-site request refused", status = 403, detail = "Requests to Planner must come from Planner's own pages." },
                options: null, contentType: "application/problem+json").ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    });

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
