using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Planner.Board.Persistence;
using Planner.Board.Reviews.Opening;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Results;
using Planner.Plugins.Draw.Sessions;
using Planner.Plugins.Draw.Verification;

namespace Planner.Plugins.Draw.Api;

/// <summary>
/// The draws' API on <c>/api/plugins/draw</c>. The secretariat opens a draw (its commitment is
/// published at once), runs it (the seed is revealed with the result), redraws seats, widens the
/// box and opens the reviews of the result; anyone signed in lists draws, downloads results and
/// replays a draw at <c>/verify</c>. Pages and API go through the same <see cref="DrawDesk"/>.
/// </summary>
internal static class DrawEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/verify", Verify).WithName("DrawVerify").WithSummary("Replay a draw from its input, seed and redraws.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/draws", OpenAsync).WithName("DrawOpen").WithSummary("Open a draw from a given input; its commitment is published (secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/draws/yearly", OpenYearlyAsync).WithName("DrawOpenYearly")
            .WithSummary("Open a cycle year's draw built from the States parties, the history and the schedule (secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/draws", ListAsync).WithName("DrawList").WithSummary("All draws, newest first, with seeds of those run.");
        group.MapGet("/draws/{id:guid}", GetAsync).WithName("DrawGet").WithSummary("One draw.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/draws/{id:guid}/results.csv", ResultsCsvAsync).WithName("DrawResultsCsv")
            .WithSummary("The per-State results as CSV, in the language asked for (?lang=fr).").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/draws/{id:guid}/run", RunAsync).WithName("DrawRun").WithSummary("Run an opened draw and reveal its seed (secretariat).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/draws/{id:guid}/redraw", RedrawAsync).WithName("DrawRedraw").WithSummary("Redraw one seat, with what happened and why (secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/draws/{id:guid}/widen", WidenAsync).WithName("DrawWiden").WithSummary("Widen the box of a draw that could not be completed (secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/draws/{id:guid}/reviews", OpenReviewsAsync).WithName("DrawOpenReviews")
            .WithSummary("Open the reviews and boards of a completed draw (secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<DrawView>, ProblemHttpResult>> OpenAsync(
        DrawInput? input, ClaimsPrincipal user, PlannerDbContext db, DrawSessions sessions, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        if (input is null || input.UnderReview.Count == 0 || input.Pool.Count == 0)
        {
            return Secretariat.Invalid("A draw needs the States under review and the pool of reviewing States.");
        }
        var record = await sessions.OpenAsync(input, secretariat.Id, secretariat.DisplayName, null, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/plugins/draw/draws/{record.Id}", DrawView.Of(record));
    }

    private static async Task<Results<Created<DrawView>, ProblemHttpResult>> OpenYearlyAsync(
        OpenYearlyDrawRequest request, ClaimsPrincipal user, PlannerDbContext db, DrawDesk desk, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        var (record, refusal) = await desk.OpenYearlyAsync(request.Cycle, request.Year, request.States, request.Reviewers,
            request.SimilarLegalSystemWherePossible, secretariat.Id, secretariat.DisplayName, ct).ConfigureAwait(false);
        return refusal is not null ? Problem(refusal) : TypedResults.Created($"/api/plugins/draw/draws/{record!.Id}", DrawView.Of(record));
    }

    private static async Task<Ok<IReadOnlyList<DrawView>>> ListAsync(DrawSessions sessions, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<DrawView>>([.. (await sessions.ListAsync(ct).ConfigureAwait(false)).Select(DrawView.Of)]);

    private static async Task<Results<Ok<DrawView>, ProblemHttpResult>> GetAsync(Guid id, DrawSessions sessions, CancellationToken ct) =>
        await sessions.FindAsync(id, ct).ConfigureAwait(false) is { } record ? TypedResults.Ok(DrawView.Of(record)) : Secretariat.NotFound("draw");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ResultsCsvAsync(
        Guid id, string? lang, DrawSessions sessions, PlannerDbContext db, CancellationToken ct)
    {
        if (await sessions.FindAsync(id, ct).ConfigureAwait(false) is not { } record)
        {
            return Secretariat.NotFound("draw");
        }
        var csv = await DrawResultsCsv.WriteAsync(record, db, lang ?? "en", ct).ConfigureAwait(false);
        return TypedResults.File(csv, "text/csv; charset=utf-8", DrawResultsCsv.FileName(record, lang ?? "en"));
    }

    private static async Task<Results<Ok<DrawView>, ProblemHttpResult>> RunAsync(
        Guid id, ClaimsPrincipal user, PlannerDbContext db, DrawDesk desk, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        return await desk.RunAsync(id, secretariat.Id, ct).ConfigureAwait(false) is { } record ? TypedResults.Ok(DrawView.Of(record)) : Secretariat.NotFound("draw");
    }

    private static async Task<Results<Ok<DrawView>, ProblemHttpResult>> RedrawAsync(
        Guid id, RedrawRequest request, ClaimsPrincipal user, PlannerDbContext db, DrawDesk desk, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        if (string.IsNullOrWhiteSpace(request.Reviewed) || (request.Kind == SeatKind.Extra && string.IsNullOrWhiteSpace(request.Instrument)))
        {
            return Secretariat.Invalid("Name the State under review, the seat (and the instrument of an extra seat) and the reason.");
        }
        var seat = new Seat(request.Reviewed.Trim().ToUpperInvariant(), request.Kind, request.Kind == SeatKind.Extra ? request.Instrument : null);
        var (record, refusal) = await desk.RedrawAsync(id, seat, request.ReasonKind, request.Reason, secretariat.Id, ct).ConfigureAwait(false);
        return record is null ? Secretariat.NotFound("draw") : refusal is not null ? Problem(refusal) : TypedResults.Ok(DrawView.Of(record));
    }

    private static async Task<Results<Ok<DrawView>, ProblemHttpResult>> WidenAsync(
        Guid id, WidenRequest request, ClaimsPrincipal user, PlannerDbContext db, DrawDesk desk, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        var (record, refusal) = await desk.WidenAsync(id, request.AdmitPerformedBelow, request.BoxCap, request.Reason, secretariat.Id, ct).ConfigureAwait(false);
        return record is null ? Secretariat.NotFound("draw") : refusal is not null ? Problem(refusal) : TypedResults.Ok(DrawView.Of(record));
    }

    private static async Task<Results<Ok<OpenReviewsResult>, ProblemHttpResult>> OpenReviewsAsync(
        Guid id, OpenReviewsRequest? request, ClaimsPrincipal user, PlannerDbContext db, DrawDesk desk, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        var (result, refusal) = await desk.OpenReviewsAsync(id, request?.Chapters, secretariat.Id, ct).ConfigureAwait(false);
        return refusal is not null ? Problem(refusal) : result is null ? Secretariat.NotFound("draw") : TypedResults.Ok(result);
    }

    private static Results<Ok<VerifyDrawResponse>, ProblemHttpResult> Verify(VerifyDrawRequest request)
    {
        if (request.Input is null || string.IsNullOrWhiteSpace(request.Seed) || string.IsNullOrWhiteSpace(request.Commitment))
        {
            return Secretariat.Invalid("Give the draw's input, the revealed seed (hex) and the commitment published before the draw.");
        }
        byte[] seed;
        try
        {
            seed = Convert.FromHexString(request.Seed);
        }
        catch (FormatException)
        {
            return Secretariat.Invalid("The seed must be hexadecimal, as it was revealed.");
        }
        var replay = DrawReplay.Replay(request.Input, seed, request.Redraws);
        return TypedResults.Ok(new VerifyDrawResponse(SeedCommitment.Verify(request.Commitment, seed), replay)
        {
            PublishedMatches = request.Published is null ? null : request.Published.SequenceEqual(replay.Assignments),
        });
    }

    internal static ProblemHttpResult Problem(DeskRefusal refusal) => refusal.Status switch
    {
        403 => Secretariat.Only(),
        409 => Secretariat.Conflict(refusal.Detail),
        404 => Secretariat.NotFound("draw"),
        _ => Secretariat.Invalid(refusal.Detail),
    };
}
