using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Verification;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>
/// <c>POST /api/plugins/draw/verify</c>: anyone signed in can replay a draw from its recorded input and
/// revealed seed, check the seed against the commitment published before the draw, and compare
/// the result with the one announced. The engine is deterministic, so the same input and seed
/// always give the same draw.
/// </summary>
public sealed class DrawEndpoints : IPluginEndpoints
{
    public void MapEndpoints(IEndpointRouteBuilder group) =>
        group.MapPost("/verify", Verify).WithName("DrawVerify").WithSummary("Replay a draw from its input and seed.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static Results<Ok<VerifyDrawResponse>, ProblemHttpResult> Verify(VerifyDrawRequest request)
    {
        if (request.Input is null || string.IsNullOrWhiteSpace(request.Seed) || string.IsNullOrWhiteSpace(request.Commitment))
        {
            return TypedResults.Problem(title: "Invalid request", statusCode: StatusCodes.Status400BadRequest,
                detail: "Give the draw's input, the revealed seed (hex) and the commitment published before the draw.");
        }
        byte[] seed;
        try
        {
            seed = Convert.FromHexString(request.Seed);
        }
        catch (FormatException)
        {
            return TypedResults.Problem(title: "Invalid request", statusCode: StatusCodes.Status400BadRequest,
                detail: "The seed must be hexadecimal, as it was revealed.");
        }
        return TypedResults.Ok(new VerifyDrawResponse(SeedCommitment.Verify(request.Commitment, seed), DrawSolver.Solve(request.Input, seed)));
    }
}
