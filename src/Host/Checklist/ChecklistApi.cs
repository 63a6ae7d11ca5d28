using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Planner.Board.Checklist;
using Planner.Board.Tiles.Commands;
using Planner.Board.Tiles.Contributions;
using Planner.Board.Workflow;
using Planner.Host.Api;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Checklist;

/// <summary>
/// The self-assessment checklist on /api: the template versions (S1), each agency's contribution
/// to a tile (G1) and the draft compiled from them, and the checklist's submission and reopening (S6).
/// Errors are ProblemDetails in the request's language; a stale contribution is a 409 with the latest.
/// </summary>
public static class ChecklistApi
{
    public static IEndpointRouteBuilder MapChecklistApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api").RequireAuthorization().WithTags("Checklist");
        api.MapGet("/checklist", ListTemplates).WithName("ChecklistTemplates").WithSummary("Every version of the checklist's questions.");
        api.MapPost("/checklist", PublishTemplate).WithName("ChecklistPublish").WithSummary("Publish a new version of the checklist (secretariat); with expectedVersion, refused (409) if another version was published since.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/tiles/{tileId:guid}/contributions", GetContributions).WithName("GetContributions")
            .WithSummary("A tile's questions and every assigned agency's contribution.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/tiles/{tileId:guid}/contributions/{agencyId:guid}", SaveContribution).WithName("SaveContribution")
            .WithSummary("Save an agency's contribution (answers per question, done flag), based on the version you started from.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/tiles/{tileId:guid}/contributions/compiled", Compiled).WithName("CompiledContributions")
            .WithSummary("A draft of the State's answer compiled from the contributions (?lang=fr).").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/previous-reviews", ImportPrevious).WithName("ImportPreviousReview")
            .WithSummary("Import an earlier review's findings, conclusions and recommendations (secretariat): JSON, or CSV with Content-Type text/csv.")
            .Accepts<Planner.Board.Checklist.Previous.PreviousReviewFile>("application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/tiles/{tileId:guid}/previous", GetPrevious).WithName("PreviousFindings")
            .WithSummary("The previous review's findings on the tile's article, if any (204 when none).").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/boards/{reviewId:guid}/progress", GetProgress).WithName("ReviewProgress")
            .WithSummary("The progress dashboard: per article, per agency and overall.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/boards/{reviewId:guid}/checklist/submissions", ListSubmissions).WithName("ChecklistSubmissions")
            .WithSummary("The checklist's submissions and reopenings, newest first.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/boards/{reviewId:guid}/checklist/submit", Submit).WithName("ChecklistSubmit")
            .WithSummary("Submit the checklist to the secretariat (focal point); answers are frozen until reopened.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/boards/{reviewId:guid}/checklist/reopen", Reopen).WithName("ChecklistReopen")
            .WithSummary("Reopen a submitted checklist, with the reason (focal point or secretariat).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<ChecklistTemplate>>> ListTemplates(ChecklistTemplates templates, CancellationToken ct)
    {
        var all = await templates.AllAsync(ct);
        return TypedResults.Ok(all.Count > 0 ? all : (IReadOnlyList<ChecklistTemplate>)[await templates.LatestAsync(ct)]);
    }

    private static async Task<Results<Created<ChecklistTemplate>, ProblemHttpResult>> PublishTemplate(
        PublishChecklistRequest? request, ClaimsPrincipal user, ChecklistTemplates templates, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        if (request?.Questions is not { Count: > 0 } questions || !ChecklistTemplates.IsValid(questions))
        {
            return TileChangeResults.Invalid(text["Checklist.InvalidTemplate"]);
        }
        var result = await templates.PublishAsync(questions, user.UserId() ?? Guid.Empty, request.ExpectedVersion, ct);
        return result.Status switch
        {
            PublishStatus.Published => TypedResults.Created($"/api/checklist/{result.Published!.Number}", result.Published),
            PublishStatus.NotAllowed => TypedResults.Problem(title: "Forbidden", detail: text["Checklist.SecretariatOnly"], statusCode: StatusCodes.Status403Forbidden),
            PublishStatus.Invalid => TileChangeResults.Invalid(text["Checklist.InvalidTemplate"]),
            PublishStatus.Stale => TypedResults.Problem(title: "Conflict", statusCode: StatusCodes.Status409Conflict,
                detail: text["Template.StaleApi", result.Latest.Number, result.Latest.PublishedBy].Value,
                extensions: new Dictionary<string, object?> { ["refusal"] = nameof(Refusal.StaleVersion), ["current"] = result.Latest }),
        };
    }

    private static async Task<Results<Ok<TileContributions>, ProblemHttpResult>> GetContributions(
        Guid tileId, ClaimsPrincipal user, ContributionQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.ForTileAsync(tileId, user.UserId() ?? Guid.Empty, ct) is { } found
            ? TypedResults.Ok(found)
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<TileContributions>, ProblemHttpResult>> SaveContribution(
        Guid tileId, Guid agencyId, SaveContributionRequest? request, ClaimsPrincipal user, SaveContributionCommand command, ContributionQueries queries,
        RefusalMessages messages, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        var userId = user.UserId() ?? Guid.Empty;
        if (request is null || request.ExpectedVersion < 0)
        {
            return TileChangeResults.Invalid(text["Contrib.Invalid"]);
        }
        var result = await command.ExecuteAsync(new(tileId, agencyId, request.Answers ?? [], request.Done, request.ExpectedVersion), userId, ct);
        var current = await queries.ForTileAsync(tileId, userId, ct);
        return result.Status switch
        {
            TileChangeStatus.Applied => TypedResults.Ok(current!),
            TileChangeStatus.NotFound => TileChangeResults.NotFoundProblem(messages),
            TileChangeStatus.Conflict => TypedResults.Problem(title: "Conflict", statusCode: StatusCodes.Status409Conflict,
                detail: ConflictText(text, current?.Contributions.FirstOrDefault(c => c.AgencyId == agencyId)),
                extensions: new Dictionary<string, object?> { ["refusal"] = nameof(Refusal.StaleVersion), ["current"] = current }),
            _ => TypedResults.Problem(title: "Refused", detail: messages.For(result.Refusal!.Value, result.Detail),
                statusCode: result.Refusal is Refusal.MayNotContribute ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["refusal"] = result.Refusal.ToString() }),
        };
    }

    private static async Task<Results<Ok<CompiledAnswer>, ProblemHttpResult>> Compiled(
        Guid tileId, string? lang, ClaimsPrincipal user, ContributionQueries queries, RefusalMessages messages, IStringLocalizer<Strings> text,
        CancellationToken ct)
    {
        if (await queries.ForTileAsync(tileId, user.UserId() ?? Guid.Empty, ct) is not { } found)
        {
            return TileChangeResults.NotFoundProblem(messages);
        }
        var language = Planner.Board.Convention.UnLanguages.Normalize(lang ?? System.Globalization.CultureInfo.CurrentUICulture.Name);
        return TypedResults.Ok(new CompiledAnswer(ContributionCompiler.Compile(found.Questions, found.Contributions, language,
            c => text[$"Compliance.{c}"])));
    }

    private static async Task<Results<Ok<ImportedPreviousReview>, ProblemHttpResult>> ImportPrevious(
        HttpRequest request, ClaimsPrincipal user, Planner.Board.Checklist.Previous.PreviousReviews previous, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        Planner.Board.Checklist.Previous.PreviousReviewFile? file;
        IReadOnlyList<string> problems = [];
        try
        {
            if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var reader = new StreamReader(request.Body);
                (file, problems) = PreviousReviewCsv.Read(await reader.ReadToEndAsync(ct));
            }
            else
            {
                file = await request.ReadFromJsonAsync<Planner.Board.Checklist.Previous.PreviousReviewFile>(ct);
            }
        }
        catch (System.Text.Json.JsonException)
        {
            file = null;
        }
        if (file is null)
        {
            return TypedResults.Problem(title: "Invalid import", statusCode: StatusCodes.Status400BadRequest,
                detail: problems.Count > 0 ? string.Join(" ", problems) : text["Previous.Unreadable"].Value);
        }
        var result = await previous.ImportAsync(file, user.UserId() ?? Guid.Empty, ct);
        return result.Status switch
        {
            Planner.Board.Checklist.Previous.PreviousImportStatus.Imported => TypedResults.Ok(new ImportedPreviousReview(file.State.ToUpperInvariant(), file.Cycle, result.Articles)),
            Planner.Board.Checklist.Previous.PreviousImportStatus.NotAllowed => TypedResults.Problem(title: "Forbidden", detail: text["Previous.SecretariatOnly"].Value,
                statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem(title: "Invalid import", detail: string.Join(" ", result.Problems ?? []), statusCode: StatusCodes.Status400BadRequest),
        };
    }

    private static async Task<Results<Ok<Planner.Board.Checklist.Previous.PreviousFindingView>, NoContent, ProblemHttpResult>> GetPrevious(
        Guid tileId, ClaimsPrincipal user, Planner.Board.Checklist.Previous.PreviousReviews previous, ContributionQueries queries, RefusalMessages messages,
        CancellationToken ct)
    {
        var userId = user.UserId() ?? Guid.Empty;
        if (await queries.ForTileAsync(tileId, userId, ct) is null)
        {
            return TileChangeResults.NotFoundProblem(messages);
        }
        return await previous.ForTileAsync(tileId, userId, ct) is { } found ? TypedResults.Ok(found) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<Planner.Board.Checklist.Progress.ReviewProgress>, ProblemHttpResult>> GetProgress(
        Guid reviewId, ClaimsPrincipal user, Planner.Board.Checklist.Progress.ProgressQueries queries, RefusalMessages messages, CancellationToken ct) =>
        await queries.ForReviewAsync(reviewId, user.UserId() ?? Guid.Empty, ct) is { } progress ? TypedResults.Ok(progress) : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<IReadOnlyList<ChecklistSubmissionView>>, ProblemHttpResult>> ListSubmissions(
        Guid reviewId, ClaimsPrincipal user, ChecklistSubmissions submissions, RefusalMessages messages, CancellationToken ct) =>
        await submissions.ListAsync(reviewId, user.UserId() ?? Guid.Empty, ct) is { } list
            ? TypedResults.Ok<IReadOnlyList<ChecklistSubmissionView>>([.. list.Select(ChecklistSubmissionView.Of)])
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<Results<Ok<ChecklistSubmissionView>, ProblemHttpResult>> Submit(
        Guid reviewId, ClaimsPrincipal user, ChecklistSubmissions submissions, RefusalMessages messages, IStringLocalizer<Strings> text, CancellationToken ct) =>
        ToHttp(await submissions.SubmitAsync(reviewId, user.UserId() ?? Guid.Empty, ct), messages, text);

    private static async Task<Results<Ok<ChecklistSubmissionView>, ProblemHttpResult>> Reopen(
        Guid reviewId, ReopenChecklistRequest? request, ClaimsPrincipal user, ChecklistSubmissions submissions, RefusalMessages messages,
        IStringLocalizer<Strings> text, CancellationToken ct) =>
        ToHttp(await submissions.ReopenAsync(reviewId, request?.Reason, user.UserId() ?? Guid.Empty, ct), messages, text);

    internal static string? SubmissionMessage(SubmissionResult result, IStringLocalizer<Strings> text) => result.Status switch
    {
        SubmissionStatus.Done => null,
        SubmissionStatus.NotFound => text["Error.NotFound"].Value,
        SubmissionStatus.NotAllowed => text["Checklist.NotAllowed"].Value,
        SubmissionStatus.NotReady when result.MissingArticles is { Count: > 0 } missing => text["Checklist.Missing", string.Join(", ", missing)].Value,
        SubmissionStatus.NotReady => text["Checklist.NotSubmitted"].Value,
        SubmissionStatus.AlreadySubmitted => text["Checklist.AlreadySubmitted"].Value,
        SubmissionStatus.ReasonRequired => text["Checklist.ReasonRequired"].Value,
    };

    internal static string ConflictText(IStringLocalizer<Strings> text, ContributionView? latest) =>
        text["Contrib.Conflict", latest?.UpdatedBy ?? "", latest?.Version ?? 0].Value;

    private static Results<Ok<ChecklistSubmissionView>, ProblemHttpResult> ToHttp(SubmissionResult result, RefusalMessages messages, IStringLocalizer<Strings> text) =>
        result.Status switch
        {
            SubmissionStatus.Done => TypedResults.Ok(ChecklistSubmissionView.Of(result.Submission!)),
            SubmissionStatus.NotFound => TileChangeResults.NotFoundProblem(messages),
            SubmissionStatus.NotAllowed => TypedResults.Problem(title: "Forbidden", detail: SubmissionMessage(result, text), statusCode: StatusCodes.Status403Forbidden),
            SubmissionStatus.AlreadySubmitted => TypedResults.Problem(title: "Conflict", detail: SubmissionMessage(result, text), statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem(title: "Invalid request", detail: SubmissionMessage(result, text), statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["missingArticles"] = result.MissingArticles }),
        };
}

public sealed record SaveContributionRequest(IReadOnlyList<QuestionAnswer>? Answers, bool Done, int ExpectedVersion);

public sealed record ReopenChecklistRequest(string? Reason);

/// <summary>The questions of the new version; <paramref name="ExpectedVersion"/>, when given, is the latest version the draft was based on (409 if another was published since).</summary>
public sealed record PublishChecklistRequest(IReadOnlyList<ChecklistQuestion>? Questions, int? ExpectedVersion = null);

public sealed record CompiledAnswer(string Markdown);

public sealed record ImportedPreviousReview(string State, int Cycle, int Articles);
