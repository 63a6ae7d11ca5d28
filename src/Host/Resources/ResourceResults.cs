using Microsoft.AspNetCore.Http.HttpResults;
using Planner.Board.Resources;
using Planner.Board.Workflow;
using Planner.Host.Api;
using Planner.Host.Localization;

namespace Planner.Host.Resources;

/// <summary>
/// A refused resource change as ProblemDetails in the request's language: 403 for anyone but the
/// secretariat, 400 for an invalid resource, 404, and 409 with the latest state when stale.
/// </summary>
internal static class ResourceResults
{
    public static ProblemHttpResult ToProblem(this ResourceChangeResult result, RefusalMessages messages) => result.Status switch
    {
        ResourceChangeStatus.NotFound or ResourceChangeStatus.Applied => TileChangeResults.NotFoundProblem(messages),
        ResourceChangeStatus.Conflict => TypedResults.Problem(
            title: "Conflict",
            detail: messages.ResourceConflict(result.Resource),
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["refusal"] = nameof(Refusal.StaleVersion), ["current"] = result.Resource }),
        ResourceChangeStatus.Refused when result.Refusal == Refusal.RoleMayNotEditResources => Forbidden(messages),
        ResourceChangeStatus.Refused => TypedResults.Problem(
            title: "Refused",
            detail: messages.For(result.Refusal!.Value, result.Detail),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["refusal"] = result.Refusal.ToString() }),
    };

    public static ProblemHttpResult Forbidden(RefusalMessages messages) => TypedResults.Problem(
        title: "Forbidden",
        detail: messages.For(Refusal.RoleMayNotEditResources),
        statusCode: StatusCodes.Status403Forbidden,
        extensions: new Dictionary<string, object?> { ["refusal"] = nameof(Refusal.RoleMayNotEditResources) });
}
