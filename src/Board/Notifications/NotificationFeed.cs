using System.Collections.Concurrent;

namespace Planner.Board.Notifications;

/// <summary>
/// Tells a person's open pages that their notifications changed (a new one, or one read), so the
/// bell's count updates live. In process, like <see cref="Events.IBoardEvents"/>; a backplane would replace it.
/// </summary>
public sealed class NotificationFeed
{
    private readonly ConcurrentDictionary<Subscription, byte> subscriptions = new();

    public void Changed(Guid userId)
    {
        foreach (var subscription in subscriptions.Keys.Where(s => s.UserId == userId))
        {
            // Fire and forget: a slow page must not hold up the one that saved.
            _ = subscription.Handler();
        }
    }

    /// <summary>Calls <paramref name="handler"/> whenever this user's notifications change. Dispose to stop.</summary>
    public IDisposable Subscribe(Guid userId, Func<Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, userId, handler);
        subscriptions.TryAdd(subscription, 0);
        return subscription;
    }

    private sealed class Subscription(NotificationFeed owner, Guid userId, Func<Task> handler) : IDisposable
    {
        public Guid UserId { get; } = userId;

        public Func<Task> Handler { get; } = handler;

        public void Dispose() => owner.subscriptions.TryRemove(this, out _);
    }
}
