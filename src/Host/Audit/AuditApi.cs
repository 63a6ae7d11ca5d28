using Microsoft.AspNetCore.Http.HttpResults;
using Planner.Board.Audit;
using Planner.Host.Api;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Audit;

/// <summary>The audit log for the secretariat: read and filter per review, export as CSV, verify the chain.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Audit").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/reviews/{reviewId:guid}/audit", ListAsync).WithName("GetAuditLog")
            .WithSummary("A review's audit log, newest first (secretariat).");
        api.MapGet("/reviews/{reviewId:guid}/audit.csv", CsvAsync).WithName("ExportAuditLog")
            .WithSummary("A review's audit log as CSV (secretariat).");
        api.MapPost("/audit/verify", VerifyAsync).WithName("VerifyAuditLog")
            .WithSummary("Check the whole hash chain; reports the first broken entry (secretariat).");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> ListAsync(
        Guid reviewId, [AsParameters] AuditFilterQuery query, HttpContext http, AuditQueries audit, RefusalMessages messages, CancellationToken ct) =>
        await audit.ForReviewAsync(reviewId, http.User.UserId()!.Value, query.ToFilter(), ct).ConfigureAwait(false) is { } entries
            ? TypedResults.Ok(entries)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<IResult> CsvAsync(
        Guid reviewId, [AsParameters] AuditFilterQuery query, HttpContext http, AuditQueries audit, RefusalMessages messages, CancellationToken ct)
    {
        var entries = await audit.ForReviewAsync(reviewId, http.User.UserId()!.Value, query.ToFilter() with { Limit = 10_000 }, ct).ConfigureAwait(false);
        return entries is null
            ? TileChangeResults.NotFoundProblem(messages)
            : TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(AuditCsv.Write(entries))).ToArray(),
                "text/csv; charset=utf-8", $"audit-{reviewId:N}.csv");
    }

    private static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> VerifyAsync(
        HttpContext http, AuditQueries audit, AuditVerifier verifier, RefusalMessages messages, CancellationToken ct) =>
        await audit.MayVerifyAsync(http.User.UserId()!.Value, ct).ConfigureAwait(false)
            ? TypedResults.Ok(await verifier.VerifyAsync(ct).ConfigureAwait(false))
            : TileChangeResults.NotFoundProblem(messages);
}

/// <summary>Audit filters from the query string.</summary>
public sealed record AuditFilterQuery(Guid? Tile, string? Actor, string? Entity, DateTimeOffset? From, DateTimeOffset? To)
{
    public AuditFilter ToFilter() => new(Tile, Actor, Entity, From, To);
}
