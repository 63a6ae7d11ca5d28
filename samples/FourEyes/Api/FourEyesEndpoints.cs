using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Planner.Plugins;
using Planner.Samples.FourEyes.Approving;
using Planner.Samples.FourEyes.Text;

namespace Planner.Samples.FourEyes.Api;

/// <summary>
/// The plugin's API, mapped by the host on <c>/api/plugins/four-eyes</c> (signed-in users only):
/// read a tile's approvals, and approve it as a reviewer.
/// </summary>
internal sealed class FourEyesEndpoints : IPluginEndpoints
{
    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/tiles/{tileId:guid}", GetApprovals).WithName("FourEyesGetApprovals")
            .WithSummary("How many reviewers must approve the tile, and who approved it when.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/tiles/{tileId:guid}/approve", Approve).WithName("FourEyesApprove")
            .WithSummary("Approve the tile, as a reviewer on its review, while it is in Review; once per reviewer.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static async Task<Results<Ok<TileApprovalsResponse>, ProblemHttpResult>> GetApprovals(
        Guid tileId, ClaimsPrincipal user, TileApprovalsQuery query, CancellationToken cancellationToken) =>
        UserId(user) is { } userId && await query.GetAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is { } approvals
            ? TypedResults.Ok(ToResponse(approvals))
            : NotFound();

    internal static async Task<Results<Ok<TileApprovalsResponse>, ProblemHttpResult>> Approve(
        Guid tileId, ClaimsPrincipal user, ApproveTileCommand command, TileApprovalsQuery query, CancellationToken cancellationToken)
    {
        if (UserId(user) is not { } userId)
        {
            return NotFound();
        }
        var outcome = await command.ExecuteAsync(tileId, userId, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            ApproveOutcome.Approved => await query.GetAsync(tileId, userId, cancellationToken).ConfigureAwait(false) is { } approvals
                ? TypedResults.Ok(ToResponse(approvals))
                : NotFound(),
            ApproveOutcome.NotFound => NotFound(),
            ApproveOutcome.NotReviewer => Forbidden(FourEyesText.ErrorNotReviewer),
            ApproveOutcome.NotInReview => Forbidden(FourEyesText.ErrorNotInReview),
            ApproveOutcome.AlreadyApproved => Forbidden(FourEyesText.ErrorAlreadyApproved),
        };
    }

    private static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static TileApprovalsResponse ToResponse(TileApprovals approvals) =>
        new(approvals.Required, approvals.Approvals.Select(a => new ApproverResponse(a.Name, a.At)).ToList());

    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        FourEyesText.Get(FourEyesText.ErrorNotFound), statusCode: StatusCodes.Status404NotFound,
        title: FourEyesText.Get(FourEyesText.ErrorNotFoundTitle));

    private static ProblemHttpResult Forbidden(string key) => TypedResults.Problem(
        FourEyesText.Get(key), statusCode: StatusCodes.Status403Forbidden, title: FourEyesText.Get(FourEyesText.ErrorRefusedTitle));
}
