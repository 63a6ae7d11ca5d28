using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Api;

/// <summary>The boards API under /api: read boards and tiles; move, answer, assign, arrange and comment.</summary>
public static class BoardsApi
{
    public static IEndpointRouteBuilder MapBoardsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Boards")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/boards", ListBoards).WithName("ListBoards").WithSummary("The boards (country reviews) you have a role on.");
        api.MapGet("/boards/{reviewId:guid}", GetBoard).WithName("GetBoard").WithSummary("A board with all its tiles.");
        api.MapGet("/tiles/{tileId:guid}", GetTile).WithName("GetTile").WithSummary("A tile with its answer, history, comments and activity.");
        api.MapPost("/tiles/{tileId:guid}/move", MoveTile).WithName("MoveTile").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Move a tile to another column.");
        api.MapPut("/tiles/{tileId:guid}/answer", SaveAnswer).WithName("SaveAnswer").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Save a new version of the answer.");
        api.MapPut("/tiles/{tileId:guid}/agencies", AssignAgencies).WithName("AssignAgencies").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Assign the tile: agencies, named experts and due date; a tile in Assign goes to Answer.");
        api.MapPut("/tiles/{tileId:guid}/arrangement", ArrangeTile).WithName("ArrangeTile").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Set the tile's group label and priority mark.");
        api.MapPost("/tiles/{tileId:guid}/reorder", ReorderTile).WithName("ReorderTile").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Move the tile one place up or down in its column.");
        api.MapPost("/tiles/{tileId:guid}/comments", AddComment).WithName("AddComment").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Comment on a tile.");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<BoardSummary>>> ListBoards(HttpContext http, BoardQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListBoardsAsync(http.User.UserId()!.Value, ct).ConfigureAwait(false));

    private static async Task<Results<Ok<BoardView>, ProblemHttpResult>> GetBoard(
        Guid reviewId, HttpContext http, BoardQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.GetBoardAsync(reviewId, http.User.UserId()!.Value, ct).ConfigureAwait(false) is { } board
            ? TypedResults.Ok(board)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<TileDetail>, ProblemHttpResult>> GetTile(
        Guid tileId, HttpContext http, BoardQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.GetTileAsync(tileId, http.User.UserId()!.Value, ct).ConfigureAwait(false) is { } tile
            ? TypedResults.Ok(tile)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<TileSummary>, ProblemHttpResult>> MoveTile(
        Guid tileId, MoveTileRequest request, HttpContext http, MoveTileCommand command,
        RefusalMessages messages, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        if (!Enum.TryParse<Column>(request.Column, ignoreCase: true, out var column) || !Enum.IsDefined(column)
            || int.TryParse(request.Column, out _))
        {
            return TileChangeResults.Invalid(text["Error.UnknownColumn", request.Column ?? "", string.Join(", ", Enum.GetNames<Column>())]);
        }
        var result = await command.ExecuteAsync(new MoveTile(tileId, column, request.ExpectedVersion), http.User.UserId()!.Value, ct)
            .ConfigureAwait(false);
        return result.ToHttp(messages);
    }

    private static async Task<Results<Ok<TileSummary>, ProblemHttpResult>> SaveAnswer(
        Guid tileId, SaveAnswerRequest request, HttpContext http, SaveAnswerCommand command, RefusalMessages messages, CancellationToken ct) =>
        (await command.ExecuteAsync(new SaveAnswer(tileId, request.Text ?? "", request.ExpectedVersion), http.User.UserId()!.Value, ct)
            .ConfigureAwait(false)).ToHttp(messages);

    private static async Task<Results<Ok<TileSummary>, ProblemHttpResult>> AssignAgencies(
        Guid tileId, AssignAgenciesRequest request, HttpContext http, AssignAgenciesCommand command, RefusalMessages messages, CancellationToken ct) =>
        (await command.ExecuteAsync(
            new AssignAgencies(tileId, request.AgencyIds ?? [], request.ExpectedVersion) { ExpertIds = request.ExpertIds, DueDate = request.DueDate },
            http.User.UserId()!.Value, ct).ConfigureAwait(false)).ToHttp(messages);

    private static async Task<Results<Ok<TileSummary>, ProblemHttpResult>> ArrangeTile(
        Guid tileId, ArrangeTileRequest request, HttpContext http, ArrangeTileCommand command, RefusalMessages messages, CancellationToken ct) =>
        (await command.ExecuteAsync(new ArrangeTile(tileId, request.GroupLabel, request.Priority, request.ExpectedVersion), http.User.UserId()!.Value, ct)
            .ConfigureAwait(false)).ToHttp(messages);

    private static async Task<Results<Ok<TileSummary>, ProblemHttpResult>> ReorderTile(
        Guid tileId, ReorderTileRequest request, HttpContext http, ReorderTileCommand command,
        RefusalMessages messages, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        var direction = request.Direction?.Trim().ToUpperInvariant();
        if (direction is not ("UP" or "DOWN"))
        {
            return TileChangeResults.Invalid(text["Error.UnknownDirection", request.Direction ?? ""]);
        }
        return (await command.ExecuteAsync(new ReorderTile(tileId, direction == "UP", request.ExpectedVersion), http.User.UserId()!.Value, ct)
            .ConfigureAwait(false)).ToHttp(messages);
    }

    private static async Task<Results<Ok<TileSummary>, ProblemHttpResult>> AddComment(
        Guid tileId, AddCommentRequest request, HttpContext http, AddCommentCommand command, RefusalMessages messages, CancellationToken ct) =>
        (await command.ExecuteAsync(new AddComment(tileId, request.Text ?? ""), http.User.UserId()!.Value, ct)
            .ConfigureAwait(false)).ToHttp(messages);
}
