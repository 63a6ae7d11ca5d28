using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Planner.Board.Events;

/// <summary>
/// Board events within one process. Each subscriber gets its own queue and reader, so events
/// arrive in order, and a slow or failing subscriber (a dropped browser tab) delays or breaks
/// no one else and never the publisher.
/// </summary>
public sealed partial class InProcessBoardEvents(ILogger<InProcessBoardEvents> logger) : IBoardEvents
{
    private readonly ConcurrentDictionary<Subscription, byte> subscriptions = new();

    public Task PublishAsync(BoardEvent boardEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boardEvent);
        foreach (var subscription in subscriptions.Keys)
        {
            if (subscription.ReviewId is null || subscription.ReviewId == boardEvent.ReviewId)
            {
                subscription.Queue.Writer.TryWrite(boardEvent);
            }
        }
        return Task.CompletedTask;
    }

    public IDisposable SubscribeAll(Func<BoardEvent, Task> handler) => Add(null, handler);

    public IDisposable Subscribe(Guid reviewId, Func<BoardEvent, Task> handler) => Add(reviewId, handler);

    private Subscription Add(Guid? reviewId, Func<BoardEvent, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, reviewId, handler);
        subscriptions.TryAdd(subscription, 0);
        subscription.Start();
        return subscription;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A board event subscriber failed on {EventType}")]
    private partial void SubscriberFailed(Exception exception, string eventType);

    private sealed class Subscription(InProcessBoardEvents owner, Guid? reviewId, Func<BoardEvent, Task> handler) : IDisposable
    {
        public Guid? ReviewId { get; } = reviewId;

        public Channel<BoardEvent> Queue { get; } = Channel.CreateUnbounded<BoardEvent>(new() { SingleReader = true });

        // Once disposed, queued events are dropped: a closed page or a stopped host must not still act on them.
        private volatile bool disposed;

        public void Start() => _ = Task.Run(DeliverAsync);

        public void Dispose()
        {
            disposed = true;
            owner.subscriptions.TryRemove(this, out _);
            Queue.Writer.TryComplete();
        }

        private async Task DeliverAsync()
        {
            await foreach (var boardEvent in Queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (disposed)
                {
                    return;
                }
                try
                {
                    await handler(boardEvent).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A subscriber's failure must not stop delivery to it or to anyone else.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    owner.SubscriberFailed(ex, boardEvent.GetType().Name);
                }
            }
        }
    }
}
