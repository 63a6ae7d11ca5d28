using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Planner.Board.People;
using Planner.Board.Persistence;

namespace Planner.Plugins.Draw.Api;

/// <summary>Who may change draws, schedules and States parties: the secretariat only.</summary>
internal static class Secretariat
{
    public static async Task<User?> FindAsync(ClaimsPrincipal user, PlannerDbContext db, CancellationToken ct) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.IsSecretariat, ct).ConfigureAwait(false)
            : null;

    public static ProblemHttpResult Only() =>
        TypedResults.Problem(title: "Forbidden", detail: "Only the secretariat changes draws, schedules and States parties.",
            statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(title: "Invalid request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: "Not found", detail: $"There is no such {what}.", statusCode: StatusCodes.Status404NotFound);
}
