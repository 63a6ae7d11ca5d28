using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Verification;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>
/// The draw's API on <c>/api/plugins/draw</c>. The secretariat opens a draw (its commitment is
/// published at once), runs it (the seed is revealed with the result) and redraws seats; anyone
/// signed in lists draws and replays one at <c>/verify</c> from its recorded input and revealed
/// seed, checking the seed against the commitment. The engine is deterministic, so the same input
/// and seed always give the same draw.
/// </summary>
public sealed class DrawEndpoints : IPluginEndpoints
{
    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/verify", Verify).WithName("DrawVerify").WithSummary("Replay a draw from its input and seed.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/draws", OpenAsync).WithName("DrawOpen").WithSummary("Open a draw: its seed is committed to and the commitment published (secretariat).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/draws", ListAsync).WithName("DrawList").WithSummary("All draws, with seeds of those run.");
        group.MapGet("/draws/{id:guid}", GetAsync).WithName("DrawGet").WithSummary("One draw.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/draws/{id:guid}/run", RunAsync).WithName("DrawRun").WithSummary("Run an opened draw and reveal its seed (secretariat).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/draws/{id:guid}/redraw", RedrawAsync).WithName("DrawRedraw").WithSummary("Redraw one seat, with a reason (secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<DrawView>, ProblemHttpResult>> OpenAsync(
        DrawInput? input, ClaimsPrincipal user, PlannerDbContext db, DrawSessions sessions, CancellationToken ct)
    {
        if (await SecretariatAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return SecretariatOnly();
        }
        if (input is null || input.UnderReview.Count == 0 || input.Pool.Count == 0)
        {
            return TypedResults.Problem(title: "Invalid request", statusCode: StatusCodes.Status400BadRequest,
                detail: "A draw needs the States under review and the pool of reviewing States.");
        }
        var record = await sessions.OpenAsync(input, secretariat.Id, secretariat.DisplayName, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/plugins/draw/draws/{record.Id}", DrawView.Of(record));
    }

    private static async Task<Ok<IReadOnlyList<DrawView>>> ListAsync(DrawSessions sessions, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<DrawView>>([.. (await sessions.ListAsync(ct).ConfigureAwait(false)).Select(DrawView.Of)]);

    private static async Task<Results<Ok<DrawView>, ProblemHttpResult>> GetAsync(Guid id, DrawSessions sessions, CancellationToken ct) =>
        await sessions.FindAsync(id, ct).ConfigureAwait(false) is { } record ? TypedResults.Ok(DrawView.Of(record)) : NotFound();

    private static async Task<Results<Ok<DrawView>, ProblemHttpResult>> RunAsync(
        Guid id, ClaimsPrincipal user, PlannerDbContext db, DrawSessions sessions, CancellationToken ct)
    {
        if (await SecretariatAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return SecretariatOnly();
        }
        return await sessions.RunAsync(id, secretariat.Id, ct).ConfigureAwait(false) is { } record ? TypedResults.Ok(DrawView.Of(record)) : NotFound();
    }

    private static async Task<Results<Ok<DrawView>, ProblemHttpResult>> RedrawAsync(
        Guid id, RedrawRequest request, ClaimsPrincipal user, PlannerDbContext db, DrawSessions sessions, CancellationToken ct)
    {
        if (await SecretariatAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return SecretariatOnly();
        }
        var record = await sessions.FindAsync(id, ct).ConfigureAwait(false);
        if (record is null)
        {
            return NotFound();
        }
        if (record.Result is not { Succeeded: true } result || string.IsNullOrWhiteSpace(request.Reason)
            || !result.Assignments.Any(a => a.Reviewed == request.Reviewed))
        {
            return TypedResults.Problem(title: "Invalid request", statusCode: StatusCodes.Status400BadRequest,
                detail: "Redraw a seat of a draw that has run, naming the State under review, the seat and the reason.");
        }
        var redrawn = await sessions.RedrawAsync(id, new Seat(request.Reviewed!, request.Kind), request.Reason, secretariat.Id, ct).ConfigureAwait(false);
        return TypedResults.Ok(DrawView.Of(redrawn!));
    }

    private static async Task<User?> SecretariatAsync(ClaimsPrincipal user, PlannerDbContext db, CancellationToken ct) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.IsSecretariat, ct).ConfigureAwait(false)
            : null;

    private static ProblemHttpResult SecretariatOnly() =>
        TypedResults.Problem(title: "Forbidden", detail: "Only the secretariat opens, runs and redraws draws.", statusCode: StatusCodes.Status403Forbidden);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Not found", detail: "There is no such draw.", statusCode: StatusCodes.Status404NotFound);

    private static Results<Ok<VerifyDrawResponse>, ProblemHttpResult> Verify(VerifyDrawRequest request)
    {
        if (request.Input is null || string.IsNullOrWhiteSpace(request.Seed) || string.IsNullOrWhiteSpace(request.Commitment))
        {
            return TypedResults.Problem(title: "Invalid request", statusCode: StatusCodes.Status400BadRequest,
                detail: "Give the draw's input, the revealed seed (hex) and the commitment published before the draw.");
        }
        byte[] seed;
        try
        {
            seed = Convert.FromHexString(request.Seed);
        }
        catch (FormatException)
        {
            return TypedResults.Problem(title: "Invalid request", statusCode: StatusCodes.Status400BadRequest,
                detail: "The seed must be hexadecimal, as it was revealed.");
        }
        return TypedResults.Ok(new VerifyDrawResponse(SeedCommitment.Verify(request.Commitment, seed), DrawSolver.Solve(request.Input, seed)));
    }
}
