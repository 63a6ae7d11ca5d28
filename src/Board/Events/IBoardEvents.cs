namespace Planner.Board.Events;

/// <summary>
/// The one stream of board events inside a host. Every change, whichever door it came through
/// (page, API, hub), is published here once; the hub, each Blazor circuit and plugins subscribe.
/// A backplane (e.g. Redis) replaces this one component to fan events out across servers.
/// </summary>
public interface IBoardEvents
{
    Task PublishAsync(BoardEvent boardEvent, CancellationToken cancellationToken = default);

    /// <summary>Receives every event of every board, in order. Dispose to stop.</summary>
    IDisposable SubscribeAll(Func<BoardEvent, Task> handler);

    /// <summary>Receives the events of one board, in order. Dispose to stop.</summary>
    IDisposable Subscribe(Guid reviewId, Func<BoardEvent, Task> handler);
}
