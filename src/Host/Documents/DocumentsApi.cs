using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Planner.Board.Documents;
using Planner.Board.Documents.Commands;
using Planner.Host.Api;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Documents;

/// <summary>Tile documents under /api: list, upload (multipart, field "file"), download, remove, restore.</summary>
public static class DocumentsApi
{
    /// <summary>Room for the multipart boundaries and part headers around a file of the largest size.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var requestLimit = endpoints.ServiceProvider.GetRequiredService<DocumentOptions>().MaxFileSize + MultipartOverhead;
        var api = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Documents")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tiles/{tileId:guid}/documents", List).WithName("ListDocuments")
            .WithSummary("A tile's documents (removed ones too, for the secretariat).");
        api.MapPost("/tiles/{tileId:guid}/documents", Upload).WithName("UploadDocument")
            .WithSummary("Add a document to a tile: multipart/form-data with one file in the field \"file\".")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            // The form is for API clients with a signed-in cookie or token; the Blazor page uploads through
            // the circuit, not this endpoint. The session cookie is SameSite=Lax, so a cross-site form post
            // carries no session, and requests a browser marks as cross-site are refused below.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(requestLimit))
            .WithFormOptions(multipartBodyLengthLimit: requestLimit);
        api.MapGet("/documents/{documentId:guid}", Download).WithName("DownloadDocument")
            .WithSummary("The document's content, as an attachment.");
        api.MapDelete("/documents/{documentId:guid}", Delete).WithName("DeleteDocument")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Remove a document; the secretariat can restore it.");
        api.MapPost("/documents/{documentId:guid}/restore", Restore).WithName("RestoreDocument")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Restore a removed document (secretariat).");
        return endpoints;
    }

    private static async Task<Results<Ok<DocumentList>, ProblemHttpResult>> List(
        Guid tileId, HttpContext http, DocumentQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.ListAsync(tileId, http.User.UserId()!.Value, ct).ConfigureAwait(false) is { } list
            ? TypedResults.Ok(list)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Created<DocumentView>, ProblemHttpResult>> Upload(
        Guid tileId, IFormFile? file, HttpContext http, UploadDocumentCommand command, RefusalMessages messages,
        IStringLocalizer<Strings> text, CancellationToken ct)
    {
        if (http.Request.Headers["Sec-Fetch-Site"] == "cross-site")
        {
            return TypedResults.Problem(title: "Refused", detail: text["Error.CrossSiteUpload"], statusCode: StatusCodes.Status403Forbidden);
        }
        if (file is null)
        {
            return TileChangeResults.Invalid(text["Error.NoFile"]);
        }
        var content = file.OpenReadStream();
        await using (content.ConfigureAwait(false))
        {
            var result = await command.ExecuteAsync(new UploadDocument(tileId, file.FileName, content), http.User.UserId()!.Value, ct)
                .ConfigureAwait(false);
            return result.ToCreated(messages);
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid documentId, HttpContext http, DocumentQueries queries, RefusalMessages messages, CancellationToken ct)
    {
        if (await queries.OpenAsync(documentId, http.User.UserId()!.Value, ct).ConfigureAwait(false) is not { } document)
        {
            return TileChangeResults.NotFoundProblem(messages);
        }
        var headers = http.Response.Headers;
        // Served as what its bytes are, never sniffed into something else, never shown inline as a page.
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = "private, no-store";
        return TypedResults.File(document.Content, document.Document.ContentType, document.Document.FileName);
    }

    private static async Task<Results<Ok<DocumentView>, ProblemHttpResult>> Delete(
        Guid documentId, HttpContext http, DeleteDocumentCommand command, RefusalMessages messages, CancellationToken ct) =>
        (await command.ExecuteAsync(new DeleteDocument(documentId), http.User.UserId()!.Value, ct).ConfigureAwait(false)).ToHttp(messages);

    private static async Task<Results<Ok<DocumentView>, ProblemHttpResult>> Restore(
        Guid documentId, HttpContext http, RestoreDocumentCommand command, RefusalMessages messages, CancellationToken ct) =>
        (await command.ExecuteAsync(new RestoreDocument(documentId), http.User.UserId()!.Value, ct).ConfigureAwait(false)).ToHttp(messages);
}
