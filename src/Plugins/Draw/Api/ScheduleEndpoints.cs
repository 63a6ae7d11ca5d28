using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Planner.Board.Persistence;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Plugins.Draw.Api;

/// <summary>Cycle schedules (D1) on <c>/api/plugins/draw/schedules</c>: opened and run by the secretariat, read by anyone signed in.</summary>
internal static class ScheduleEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/schedules", ListAsync).WithName("DrawSchedules").WithSummary("Every cycle's schedule.");
        group.MapGet("/schedules/{cycle:int}", GetAsync).WithName("DrawSchedule").WithSummary("One cycle's schedule.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/schedules", OpenAsync).WithName("DrawScheduleOpen")
            .WithSummary("Open a cycle's schedule with a policy; its commitment is published (secretariat). Policies (b) and (c) are marked outside today's terms of reference.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/schedules/{cycle:int}/run", RunAsync).WithName("DrawScheduleRun").WithSummary("Draw the schedule and reveal its seed (secretariat).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/schedules/{cycle:int}/late-joiners/{iso3}", AddLateJoinerAsync).WithName("DrawScheduleLateJoiner")
            .WithSummary("Add a State that joined after the schedule was drawn to the cycle's last year (secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<ScheduleView>>> ListAsync(ScheduleSessions schedules, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ScheduleView>>([.. (await schedules.ListAsync(ct).ConfigureAwait(false)).Select(ScheduleView.Of)]);

    private static async Task<Results<Ok<ScheduleView>, ProblemHttpResult>> GetAsync(int cycle, ScheduleSessions schedules, CancellationToken ct) =>
        await schedules.FindAsync(cycle, ct).ConfigureAwait(false) is { } record ? TypedResults.Ok(ScheduleView.Of(record)) : Secretariat.NotFound("schedule");

    private static async Task<Results<Created<ScheduleView>, ProblemHttpResult>> OpenAsync(
        OpenScheduleRequest request, ClaimsPrincipal user, PlannerDbContext db, ScheduleSessions schedules, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        if (!Enum.IsDefined(request.Policy))
        {
            return Secretariat.Invalid("The policy is NewDraw, KeepPreviousOrder or OldestExecutiveSummaryFirst.");
        }
        var (record, refusal) = await schedules.OpenAsync(request.Cycle, request.FirstYear, request.Policy, secretariat.Id, secretariat.DisplayName, ct)
            .ConfigureAwait(false);
        return record is null
            ? DrawEndpoints.Problem(refusal!)
            : TypedResults.Created($"/api/plugins/draw/schedules/{record.Cycle}", ScheduleView.Of(record));
    }

    private static async Task<Results<Ok<ScheduleView>, ProblemHttpResult>> RunAsync(
        int cycle, ClaimsPrincipal user, PlannerDbContext db, ScheduleSessions schedules, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        return await schedules.RunAsync(cycle, secretariat.Id, ct).ConfigureAwait(false) is { } record
            ? TypedResults.Ok(ScheduleView.Of(record))
            : Secretariat.NotFound("schedule");
    }

    private static async Task<Results<Ok<ScheduleView>, ProblemHttpResult>> AddLateJoinerAsync(
        int cycle, string iso3, ClaimsPrincipal user, PlannerDbContext db, ScheduleSessions schedules, CancellationToken ct)
    {
        if (await Secretariat.FindAsync(user, db, ct).ConfigureAwait(false) is not { } secretariat)
        {
            return Secretariat.Only();
        }
        var code = iso3.Trim().ToUpperInvariant();
        var (record, refusal) = await schedules.AddLateJoinerAsync(cycle, code, secretariat.Id, ct).ConfigureAwait(false);
        return record is null ? Secretariat.NotFound("schedule") : refusal is not null ? DrawEndpoints.Problem(refusal) : TypedResults.Ok(ScheduleView.Of(record));
    }
}
