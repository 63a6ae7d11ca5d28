using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Planner.Board.Access;
using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Board.Tiles.Commands;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Realtime;

/// <summary>
/// The board hub at /hubs/board. Clients join a board and then receive its events; changes sent
/// here go through the same use cases as the page and the API. Refusals come back as errors.
/// </summary>
[Authorize]
public sealed class BoardHub(
    ReviewAccess access,
    BoardQueries queries,
    MoveTileCommand moveTile,
    SaveAnswerCommand saveAnswer,
    AddCommentCommand addComment,
    PresenceTracker presence,
    RefusalMessages messages) : Hub<IBoardClient>
{
    public static string GroupOf(Guid reviewId) => $"board:{reviewId}";

    /// <summary>Stakeholders' own group: it receives only events of tiles shared with them.</summary>
    public static string StakeholderGroupOf(Guid reviewId) => $"board:{reviewId}:stakeholders";

    /// <summary>Joins a board's group and returns the board as it is now.</summary>
    public async Task<BoardView> JoinBoard(Guid reviewId)
    {
        var board = await queries.GetBoardAsync(reviewId, UserId).ConfigureAwait(false)
            ?? throw new HubException(messages.NotFound());
        var group = board.YourRole == Planner.Board.Workflow.ReviewRole.Stakeholder ? StakeholderGroupOf(reviewId) : GroupOf(reviewId);
        await Groups.AddToGroupAsync(Context.ConnectionId, group).ConfigureAwait(false);
        await presence.JoinAsync(Context.ConnectionId, reviewId, UserId, Context.User?.Identity?.Name ?? "").ConfigureAwait(false);
        return board;
    }

    public async Task LeaveBoard(Guid reviewId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(reviewId)).ConfigureAwait(false);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, StakeholderGroupOf(reviewId)).ConfigureAwait(false);
        await presence.LeaveAsync(Context.ConnectionId).ConfigureAwait(false);
    }

    public async Task<TileSummary> MoveTile(Guid tileId, Column target, int expectedVersion) =>
        Applied(await moveTile.ExecuteAsync(new MoveTile(tileId, target, expectedVersion), UserId).ConfigureAwait(false));

    public async Task<TileSummary> SaveAnswer(Guid tileId, string text, int expectedVersion) =>
        Applied(await saveAnswer.ExecuteAsync(new SaveAnswer(tileId, text, expectedVersion), UserId).ConfigureAwait(false));

    public async Task<TileSummary> AddComment(Guid tileId, string text) =>
        Applied(await addComment.ExecuteAsync(new AddComment(tileId, text), UserId).ConfigureAwait(false));

    /// <summary>Tells the others on the board which tile this user is editing (null: none).</summary>
    public async Task Editing(Guid reviewId, Guid? tileId)
    {
        if (await access.ActorOnReviewAsync(reviewId, UserId).ConfigureAwait(false) is null)
        {
            throw new HubException(messages.NotFound());
        }
        await presence.EditingAsync(Context.ConnectionId, tileId).ConfigureAwait(false);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await presence.LeaveAsync(Context.ConnectionId).ConfigureAwait(false);
        await base.OnDisconnectedAsync(exception).ConfigureAwait(false);
    }

    private Guid UserId => Context.User?.UserId() ?? throw new HubException("Not signed in.");

    private TileSummary Applied(TileChangeResult result) => result.Status switch
    {
        TileChangeStatus.Applied => result.Tile!,
        TileChangeStatus.NotFound => throw new HubException(messages.NotFound()),
        TileChangeStatus.Conflict => throw new HubException(messages.Conflict(result.Tile!)),
        TileChangeStatus.Refused => throw new HubException(messages.For(result.Refusal!.Value, result.Detail)),
    };
}
