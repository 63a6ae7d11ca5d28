using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Planner.Board.Deadlines;
using Planner.Board.Deadlines.Commands;
using Planner.Board.Workflow;
using Planner.Host.Api;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Deadlines;

/// <summary>A review's agreed deadlines under /api/reviews/{reviewId}/deadlines (K2).</summary>
public static class DeadlinesApi
{
    public static IEndpointRouteBuilder MapDeadlinesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/reviews/{reviewId:guid}/deadlines").RequireAuthorization().WithTags("Deadlines")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("", List).WithName("ListDeadlines").WithSummary("The review's deadlines with their history, and whether you may adjust them.");
        api.MapPut("/{deadlineId:guid}", Set).WithName("SetDeadline")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Set (expectedVersion 0) or adjust a deadline, with a reason.");
        return endpoints;
    }

    private static async Task<Results<Ok<DeadlineList>, ProblemHttpResult>> List(
        Guid reviewId, HttpContext http, DeadlineQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.ListAsync(reviewId, http.User.UserId()!.Value, ct).ConfigureAwait(false) is { } list
            ? TypedResults.Ok(list)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<DeadlineView>, ProblemHttpResult>> Set(
        Guid reviewId, Guid deadlineId, SetDeadlineRequest request, HttpContext http, SetDeadlineCommand command,
        RefusalMessages messages, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        var kind = DeadlineKind.Custom;
        if (request.Kind is not null && (!Enum.TryParse(request.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _)))
        {
            return TileChangeResults.Invalid(text["Error.UnknownDeadlineKind", request.Kind, string.Join(", ", Enum.GetNames<DeadlineKind>())]);
        }
        if (request.DueDate is not { } due)
        {
            return TileChangeResults.Invalid(text["Error.DueDateRequired"]);
        }
        var result = await command.ExecuteAsync(
            new SetDeadline(reviewId, deadlineId, kind, request.Label, due, request.Met, request.Reason, request.ExpectedVersion),
            http.User.UserId()!.Value, ct).ConfigureAwait(false);
        return result.Status switch
        {
            DeadlineChangeStatus.Applied => TypedResults.Ok(result.Deadline!),
            DeadlineChangeStatus.NotFound => TileChangeResults.NotFoundProblem(messages),
            DeadlineChangeStatus.Conflict => TypedResults.Problem(
                title: "Conflict",
                detail: text["Conflict.DeadlineChanged", result.Deadline?.History is [var latest, ..] ? latest.By : "", result.Deadline?.Version ?? 0],
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["refusal"] = nameof(Refusal.StaleVersion), ["current"] = result.Deadline }),
            DeadlineChangeStatus.Refused => TypedResults.Problem(
                title: "Refused",
                detail: messages.For(result.Refusal!.Value, result.Detail),
                statusCode: result.Refusal == Refusal.RoleMayNotAdjustDeadline ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["refusal"] = result.Refusal.ToString(), ["current"] = result.Deadline }),
        };
    }
}

/// <summary>
/// Set or adjust a deadline. <c>Kind</c> (ChecklistDue, DeskReviewDue, CountryVisit, DraftReport, Custom) and
/// <c>Label</c> name a new one; <c>Reason</c> is required; <c>ExpectedVersion</c> is the version you saw (0: new).
/// </summary>
public sealed record SetDeadlineRequest(string? Kind, string? Label, DateOnly? DueDate, bool Met, string? Reason, int ExpectedVersion);
