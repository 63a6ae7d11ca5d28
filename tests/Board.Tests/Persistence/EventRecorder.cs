using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Planner.Board.Events;

namespace Planner.Board.Tests.Persistence;

/// <summary>An in-process event stream with one subscriber that keeps every event it receives.</summary>
internal sealed class EventRecorder : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<BoardEvent> received = new();
    private readonly ConcurrentQueue<(Func<BoardEvent, bool> Match, TaskCompletionSource<BoardEvent> Done)> waiters = new();
    private readonly IDisposable subscription;

    public EventRecorder()
    {
        subscription = Stream.SubscribeAll(e =>
        {
            received.Enqueue(e);
            foreach (var (match, done) in waiters)
            {
                if (match(e))
                {
                    done.TrySetResult(e);
                }
            }
            return Task.CompletedTask;
        });
    }

    public InProcessBoardEvents Stream { get; } = new(NullLogger<InProcessBoardEvents>.Instance);

    /// <summary>Everything received so far, in order.</summary>
    public IReadOnlyList<BoardEvent> Received => [.. received];

    /// <summary>Waits for the first event of this type (that matches, when told what to match), received already or still to come.</summary>
    public async Task<TEvent> WaitForAsync<TEvent>(Func<TEvent, bool>? match = null)
        where TEvent : BoardEvent
    {
        var wanted = match ?? (_ => true);
        var done = new TaskCompletionSource<BoardEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Enqueue((e => e is TEvent t && wanted(t), done));
        if (received.OfType<TEvent>().FirstOrDefault(wanted) is { } already)
        {
            done.TrySetResult(already);
        }
        return (TEvent)await done.Task.WaitAsync(Timeout);
    }

    public void Dispose() => subscription.Dispose();
}
