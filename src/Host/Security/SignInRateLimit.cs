using System.Threading.RateLimiting;

namespace Planner.Host.Security;

/// <summary>
/// Limits sign-in attempts per client address (on top of account lockout), so passwords and
/// two-factor codes cannot be guessed at speed. Other requests are not limited here.
/// </summary>
public static class SignInRateLimit
{
    /// <summary>The default; setting <c>Planner:SignInAttemptsPerMinute</c> changes it.</summary>
    public const int AttemptsPerMinute = 10;

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration) => services.AddRateLimiter(options =>
    {
        var limit = configuration.GetValue("Planner:SignInAttemptsPerMinute", AttemptsPerMinute);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/sign-in")
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("unlimited"));
        options.OnRejected = (context, token) =>
        {
            context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            return new ValueTask(context.HttpContext.Response.WriteAsync(
                "Too many sign-in attempts from this address. Wait a minute, then try again.", token));
        };
    });
}
