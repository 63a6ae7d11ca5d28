using Microsoft.AspNetCore.Http.HttpResults;
using Planner.Board.Queries;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;
using Planner.Host.Localization;

namespace Planner.Host.Api;

/// <summary>
/// Maps a use case's result to HTTP: 200 with the tile, 404, 403 for a role that may not,
/// 400 for a rule that says no, and 409 with the latest tile when someone changed it first.
/// Every error is a ProblemDetails with a readable message in the request's language.
/// </summary>
internal static class TileChangeResults
{
    public static Results<Ok<TileSummary>, ProblemHttpResult> ToHttp(
        this TileChangeResult result, RefusalMessages messages) => result.Status switch
    {
        TileChangeStatus.Applied => TypedResults.Ok(result.Tile!),
        TileChangeStatus.NotFound => NotFoundProblem(messages),
        TileChangeStatus.Conflict => TypedResults.Problem(
            title: "Conflict",
            detail: messages.Conflict(result.Tile!),
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["refusal"] = nameof(Refusal.StaleVersion), ["current"] = result.Tile }),
        TileChangeStatus.Refused => TypedResults.Problem(
            title: "Refused",
            detail: messages.For(result.Refusal!.Value, result.Detail),
            statusCode: IsPermission(result.Refusal!.Value) ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["refusal"] = result.Refusal.ToString(), ["current"] = result.Tile }),
    };

    public static ProblemHttpResult NotFoundProblem(RefusalMessages messages) =>
        TypedResults.Problem(title: "Not found", detail: messages.NotFound(), statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Invalid(string detail) =>
        TypedResults.Problem(title: "Invalid request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static bool IsPermission(Refusal refusal) => refusal is
        Refusal.RoleMayNotMove or Refusal.RoleMayNotEditAnswer or Refusal.RoleMayNotAssign
        or Refusal.RoleMayNotComment or Refusal.NotAssignedToYourAgency or Refusal.RoleMayNotArrange;
}
