using Planner.Board.Events;
using Planner.Board.Notifications;

namespace Planner.Host.Notifications;

/// <summary>
/// Turns board events into notifications: one more subscriber of the one event stream, so every
/// door (page, API, hub) notifies alike. Each event is handled in a scope of its own.
/// </summary>
public sealed class NotificationRelay(IBoardEvents events, IServiceScopeFactory scopes) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.SubscribeAll(HandleAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task HandleAsync(BoardEvent boardEvent)
    {
        if (boardEvent is not (TileAssigned or TileMoved or CommentAdded))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var notices = await scope.ServiceProvider.GetRequiredService<NotificationRecipients>().ForAsync(boardEvent).ConfigureAwait(false);
        await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().DeliverAsync(notices).ConfigureAwait(false);
    }
}
