using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Planner.Board.Tiles.Diff;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Api;

/// <summary>GET /api/tiles/{id}/answers/diff?from=N&amp;to=M: what changed between two saved versions of an answer (O4).</summary>
public static class AnswerDiffApi
{
    public static IEndpointRouteBuilder MapAnswerDiffApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").RequireAuthorization().WithTags("Boards")
            .MapGet("/tiles/{tileId:guid}/answers/diff", GetDiff)
            .WithName("GetAnswerDiff")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("What changed between two saved versions of a tile's answer, line by line and word by word.");
        return endpoints;
    }

    private static async Task<Results<Ok<AnswerDiff>, ProblemHttpResult>> GetDiff(
        Guid tileId, [AsParameters] AnswerDiffRequest request, HttpContext http, AnswerDiffQuery query,
        RefusalMessages messages, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        if (VersionNumber(request.From) is not { } from || VersionNumber(request.To) is not { } to)
        {
            return TileChangeResults.Invalid(text["Error.DiffVersions"]);
        }
        var result = await query.CompareAsync(tileId, from, to, http.User.UserId()!.Value, ct).ConfigureAwait(false);
        return result.Status switch
        {
            AnswerDiffStatus.Found => TypedResults.Ok(result.Diff!),
            AnswerDiffStatus.NotFound => TileChangeResults.NotFoundProblem(messages),
            AnswerDiffStatus.UnknownVersion => TypedResults.Problem(
                title: "Not found",
                detail: result.VersionCount == 0 ? text["Error.NoAnswerVersions"] : text["Error.UnknownAnswerVersion", result.VersionCount],
                statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static int? VersionNumber(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
}
