using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Planner.Board.Persistence;
using Planner.Board.States;
using Planner.Plugins.Draw.Parties;

namespace Planner.Plugins.Draw.Api;

/// <summary>
/// States parties and review history on <c>/api/plugins/draw</c>: read by anyone signed in, changed
/// and imported by the secretariat. An import is checked whole first: one bad line, nothing imported.
/// </summary>
internal static class PartyEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/parties", ListAsync).WithName("DrawParties").WithSummary("Every State: party status, regional group, legal system, instruments.");
        group.MapPut("/parties", ChangeAsync).WithName("DrawPartiesChange").WithSummary("Change States (secretariat); all or none.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/parties/import", ImportAsync).WithName("DrawPartiesImport")
            .WithSummary($"Import States parties as CSV ({PartiesCsv.Header}) (secretariat).")
            .Accepts<string>("text/csv").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/history", HistoryAsync).WithName("DrawHistory").WithSummary("Reviews performed and received, imported and opened in Planner (?cycle=2).");
        group.MapPost("/history/import", ImportHistoryAsync).WithName("DrawHistoryImport")
            .WithSummary($"Import review history as CSV ({HistoryCsv.Header}) (secretariat).")
            .Accepts<string>("text/csv").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<IReadOnlyList<PartyView>>> ListAsync(PartyRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.AllAsync(ct).ConfigureAwait(false));

    private static async Task<Results<Ok<IReadOnlyList<PartyView>>, ProblemHttpResult>> ChangeAsync(
        IReadOnlyList<PartyChange>? changes, ClaimsPrincipal user, PlannerDbContext db, PartyRegistry registry, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        if (changes is not { Count: > 0 } || changes.Any(c => string.IsNullOrWhiteSpace(c.Iso3) || !Enum.IsDefined(c.Group)))
        {
            return Secretariat.Invalid("Give one or more States, each with its ISO alpha-3 code, party status and regional group.");
        }
        return await SaveAsync(changes, secretariat.Id, registry, ct).ConfigureAwait(false);
    }

    private static async Task<Results<Ok<IReadOnlyList<PartyView>>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, PlannerDbContext db, PartyRegistry registry, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        var text = await ReadBodyAsync(request, ct).ConfigureAwait(false);
        var groups = (await registry.AllAsync(ct).ConfigureAwait(false)).ToDictionary(p => p.Iso3, p => p.Group);
        var import = PartiesCsv.Read(text, groups);
        if (!import.Succeeded)
        {
            return ImportProblem(import.Errors);
        }
        return await SaveAsync(import.Rows, secretariat.Id, registry, ct).ConfigureAwait(false);
    }

    private static async Task<Ok<IReadOnlyList<PastReview>>> HistoryAsync(int? cycle, PartyRegistry registry, CancellationToken ct) =>
        TypedResults.Ok(await registry.HistoryAsync(cycle, ct).ConfigureAwait(false));

    private static async Task<Results<Ok<IReadOnlyList<PastReview>>, ProblemHttpResult>> ImportHistoryAsync(
        HttpRequest request, ClaimsPrincipal user, PlannerDbContext db, PartyRegistry registry, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        var import = HistoryCsv.Read(await ReadBodyAsync(request, ct).ConfigureAwait(false));
        if (!import.Succeeded)
        {
            return ImportProblem(import.Errors);
        }
        var unknown = await registry.ImportHistoryAsync(import.Rows, secretariat.Id, ct).ConfigureAwait(false);
        return unknown.Count > 0
            ? Secretariat.Invalid($"Unknown States: {string.Join(", ", unknown)}. Nothing was imported.")
            : TypedResults.Ok(await registry.HistoryAsync(null, ct).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<IReadOnlyList<PartyView>>, ProblemHttpResult>> SaveAsync(
        IReadOnlyList<PartyChange> changes, Guid userId, PartyRegistry registry, CancellationToken ct)
    {
        var edit = await registry.ApplyAsync(changes, userId, ct).ConfigureAwait(false);
        return edit.Status switch
        {
            StatesPartyEditStatus.Saved => TypedResults.Ok(await registry.AllAsync(ct).ConfigureAwait(false)),
            StatesPartyEditStatus.NotAllowed => Secretariat.Only(),
            _ => Secretariat.Invalid($"Unknown States: {string.Join(", ", edit.UnknownCodes)}. Nothing was changed."),
        };
    }

    private static ProblemHttpResult ImportProblem(IReadOnlyList<CsvImportError> errors) =>
        TypedResults.Problem(title: "Invalid import", statusCode: StatusCodes.Status400BadRequest,
            detail: "Nothing was imported. " + string.Join(" ", errors.Take(20).Select(e => e.Line > 0 ? $"Line {e.Line}: {e.Message}" : e.Message)),
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
    }
}
