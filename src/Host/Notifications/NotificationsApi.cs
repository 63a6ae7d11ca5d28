using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Planner.Board.Convention;
using Planner.Board.Notifications;
using Planner.Host.Api;
using Planner.Host.Identity;
using Planner.Host.Localization;

namespace Planner.Host.Notifications;

/// <summary>The signed-in user's notifications and choices under /api/notifications.</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/notifications").RequireAuthorization().WithTags("Notifications");
        api.MapGet("", List).WithName("ListNotifications").WithSummary("Your latest notifications and how many are unread.");
        api.MapPost("/{notificationId:guid}/read", MarkRead).WithName("MarkNotificationRead").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Mark one of your notifications read.");
        api.MapPost("/read", MarkAllRead).WithName("MarkAllNotificationsRead").WithSummary("Mark all your notifications read.");
        api.MapGet("/settings", GetChoices).WithName("GetNotificationSettings").WithSummary("Which kinds you get in the app and by e-mail, and your e-mail language.");
        api.MapPut("/settings", SaveChoices).WithName("SaveNotificationSettings").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Choose which kinds you get in the app and by e-mail, and your e-mail language.");
        return endpoints;
    }

    private static async Task<Ok<NotificationPage>> List(HttpContext http, NotificationInbox inbox, CancellationToken ct)
    {
        var userId = http.User.UserId()!.Value;
        return TypedResults.Ok(new NotificationPage(
            await inbox.UnreadCountAsync(userId, ct).ConfigureAwait(false), await inbox.ListAsync(userId, ct).ConfigureAwait(false)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(
        Guid notificationId, HttpContext http, NotificationInbox inbox, RefusalMessages messages, CancellationToken ct) =>
        await inbox.MarkReadAsync(http.User.UserId()!.Value, notificationId, ct).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : TileChangeResults.NotFoundProblem(messages);

    private static async Task<NoContent> MarkAllRead(HttpContext http, NotificationInbox inbox, CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(http.User.UserId()!.Value, ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<NotificationChoices>> GetChoices(HttpContext http, NotificationInbox inbox, CancellationToken ct) =>
        TypedResults.Ok(await inbox.GetChoicesAsync(http.User.UserId()!.Value, ct).ConfigureAwait(false));

    private static async Task<Results<Ok<NotificationChoices>, ProblemHttpResult>> SaveChoices(
        NotificationChoicesRequest request, HttpContext http, NotificationInbox inbox, IStringLocalizer<Strings> text, CancellationToken ct)
    {
        var inApp = Kinds(request.InApp);
        var email = Kinds(request.Email);
        if (inApp is null || email is null)
        {
            return TileChangeResults.Invalid(text["Error.UnknownNotificationKind", string.Join(", ", Enum.GetNames<NotificationKind>())]);
        }
        if (request.Language is null || !UnLanguages.All.Contains(request.Language))
        {
            return TileChangeResults.Invalid(text["Error.UnknownLanguage", string.Join(", ", UnLanguages.All)]);
        }
        return TypedResults.Ok(await inbox.SaveChoicesAsync(http.User.UserId()!.Value, new(inApp, email, request.Language), ct).ConfigureAwait(false));
    }

    private static List<NotificationKind>? Kinds(IReadOnlyList<string>? names)
    {
        var kinds = new List<NotificationKind>();
        foreach (var name in names ?? [])
        {
            if (!Enum.TryParse<NotificationKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(name, out _))
            {
                return null;
            }
            kinds.Add(kind);
        }
        return kinds;
    }
}

/// <summary>Your unread count and latest notifications, newest first.</summary>
public sealed record NotificationPage(int Unread, IReadOnlyList<NotificationView> Items);

/// <summary>The kinds (by name) you want in the app and by e-mail, and your e-mail language (en, fr, es, ru, zh, ar).</summary>
public sealed record NotificationChoicesRequest(IReadOnlyList<string>? InApp, IReadOnlyList<string>? Email, string? Language);
