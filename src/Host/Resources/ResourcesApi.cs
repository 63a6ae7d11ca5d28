using Microsoft.AspNetCore.Http.HttpResults;
using Planner.Board.Resources;
using Planner.Board.Resources.Commands;
using Planner.Host.Api;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Resources;

/// <summary>
/// Guidance material per article (S5, K2) and the contacts on a tile: reading for everyone signed
/// in (contacts: for those with a role on the review), keeping the list for the secretariat.
/// </summary>
public static class ResourcesApi
{
    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Resources");
        api.MapGet("/articles/{number:int}/resources", ForArticle).WithName("ArticleResources")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The resources for an article and for every article; ?language=fr keeps those in French or in no particular language.");
        api.MapGet("/tiles/{tileId:guid}/contacts", Contacts).WithName("TileContacts")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The people on the tile's review with role, agency and e-mail (stakeholders: the secretariat, and the focal point without e-mail).");

        var edit = api.MapGroup("/resources")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        edit.MapGet("", All).WithName("ListResources").WithSummary("Every resource in use (secretariat).");
        edit.MapPost("", Add).WithName("AddResource").WithSummary("Add a resource (secretariat): title, url (http or https) and/or description, articleNumber (none: every article), language.");
        edit.MapPut("/{id:guid}", Edit).WithName("EditResource").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Edit a resource (secretariat), with the version you saw; 409 with the latest when someone changed it first.");
        edit.MapDelete("/{id:guid}", Remove).WithName("RemoveResource").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Remove a resource from the tiles (secretariat), with ?expectedVersion=; it is kept, marked removed.");
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<ResourceView>>, ProblemHttpResult>> ForArticle(
        int number, string? language, ResourceQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.ForArticleAsync(number, language, ct).ConfigureAwait(false) is { } list
            ? TypedResults.Ok(list)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<TileContactList>, ProblemHttpResult>> Contacts(
        Guid tileId, HttpContext http, TileContacts contacts, RefusalMessages messages, CancellationToken ct) =>
        await contacts.ForTileAsync(tileId, http.User.UserId()!.Value, ct).ConfigureAwait(false) is { } list
            ? TypedResults.Ok(list)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<IReadOnlyList<ResourceView>>, ProblemHttpResult>> All(
        HttpContext http, ResourceQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.AllAsync(http.User.UserId()!.Value, ct).ConfigureAwait(false) is { } list
            ? TypedResults.Ok(list)
            : ResourceResults.Forbidden(messages);

    private static async Task<Results<Created<ResourceView>, ProblemHttpResult>> Add(
        ResourceRequest request, HttpContext http, AddResourceCommand command, RefusalMessages messages, CancellationToken ct)
    {
        var result = await command.ExecuteAsync(request.ToDraft(), http.User.UserId()!.Value, ct).ConfigureAwait(false);
        return result.Status == ResourceChangeStatus.Applied
            ? TypedResults.Created($"/api/resources/{result.Resource!.Id}", result.Resource)
            : result.ToProblem(messages);
    }

    private static async Task<Results<Ok<ResourceView>, ProblemHttpResult>> Edit(
        Guid id, ResourceRequest request, HttpContext http, EditResourceCommand command, RefusalMessages messages, CancellationToken ct)
    {
        var result = await command.ExecuteAsync(id, request.ToDraft(), request.ExpectedVersion, http.User.UserId()!.Value, ct).ConfigureAwait(false);
        return result.Status == ResourceChangeStatus.Applied ? TypedResults.Ok(result.Resource!) : result.ToProblem(messages);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid id, int expectedVersion, HttpContext http, RemoveResourceCommand command, RefusalMessages messages, CancellationToken ct)
    {
        var result = await command.ExecuteAsync(id, expectedVersion, http.User.UserId()!.Value, ct).ConfigureAwait(false);
        return result.Status == ResourceChangeStatus.Applied ? TypedResults.NoContent() : result.ToProblem(messages);
    }
}
