using System.Globalization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Workflow;
using Planner.Host.Localization;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// Reads the outcome of a hub call as the HTTP status the API gives for the same outcome: the hub
/// answers with a <see cref="HubException"/> whose message is the refusal's sentence, so the
/// sentence tells which refusal it was (404 for "not found", 403 for a role, 400 for a rule).
/// </summary>
internal static class HubOutcome
{
    public const int Unrecognised = 0;

    public static async Task<int> StatusOfAsync(PlannerAppFactory app, Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call();
            return 200;
        }
        catch (HubException e)
        {
            return StatusOf(app, e.Message);
        }
    }

    public static int StatusOf(PlannerAppFactory app, string message)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(message);
        // The client reports "An unexpected error occurred invoking 'X' on the server. HubException: <message>".
        const string prefix = "HubException: ";
        var at = message.IndexOf(prefix, StringComparison.Ordinal);
        message = at < 0 ? message : message[(at + prefix.Length)..];
        var messages = app.Services.GetRequiredService<RefusalMessages>();
        var culture = CultureInfo.CurrentUICulture;
        // The hub speaks the request's language, English by default.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            if (message == messages.NotFound())
            {
                return 404;
            }
            foreach (var refusal in Enum.GetValues<Refusal>())
            {
                if (message == messages.For(refusal))
                {
                    return IsPermission(refusal) ? 403 : 400;
                }
            }
            return Unrecognised;
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>The refusals the API answers with 403 (as Planner.Host.Api.TileChangeResults does); the others are 400.</summary>
    private static bool IsPermission(Refusal refusal) => refusal is
        Refusal.RoleMayNotMove or Refusal.RoleMayNotEditAnswer or Refusal.RoleMayNotAssign
        or Refusal.RoleMayNotComment or Refusal.NotAssignedToYourAgency;
}
