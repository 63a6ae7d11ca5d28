using Microsoft.AspNetCore.Http.HttpResults;
using Planner.Board.Documents;
using Planner.Board.Documents.Commands;
using Planner.Board.Workflow;
using Planner.Host.Api;
using Planner.Host.Localization;

namespace Planner.Host.Documents;

/// <summary>
/// Maps a document change to HTTP: the document, 404, 403 for a role that may not, 400 for a file
/// or rule that says no — each a ProblemDetails with a readable message in the request's language
/// and the refusal's name in "refusal".
/// </summary>
internal static class DocumentResults
{
    public static Results<Ok<DocumentView>, ProblemHttpResult> ToHttp(this DocumentChangeResult result, RefusalMessages messages) =>
        result.Status switch
        {
            DocumentChangeStatus.Applied => TypedResults.Ok(result.Document!),
            DocumentChangeStatus.NotFound => TileChangeResults.NotFoundProblem(messages),
            DocumentChangeStatus.Refused => Refused(result, messages),
        };

    public static Results<Created<DocumentView>, ProblemHttpResult> ToCreated(this DocumentChangeResult result, RefusalMessages messages) =>
        result.Status switch
        {
            DocumentChangeStatus.Applied => TypedResults.Created($"/api/documents/{result.Document!.Id}", result.Document),
            DocumentChangeStatus.NotFound => TileChangeResults.NotFoundProblem(messages),
            DocumentChangeStatus.Refused => Refused(result, messages),
        };

    private static ProblemHttpResult Refused(DocumentChangeResult result, RefusalMessages messages) => TypedResults.Problem(
        title: "Refused",
        detail: messages.For(result.Refusal!.Value, result.Detail),
        statusCode: IsPermission(result.Refusal!.Value) ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["refusal"] = result.Refusal.ToString() });

    private static bool IsPermission(Refusal refusal) => refusal is
        Refusal.RoleMayNotUpload or Refusal.RoleMayNotDeleteDocument or Refusal.RoleMayNotRestoreDocument
        or Refusal.NotAssignedToYourAgency;
}
