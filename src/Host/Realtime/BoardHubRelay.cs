using Microsoft.AspNetCore.SignalR;
using Planner.Board.Events;

namespace Planner.Host.Realtime;

/// <summary>Forwards every board event from the stream to the hub clients in that board's group.</summary>
public sealed class BoardHubRelay(IBoardEvents events, IHubContext<BoardHub, IBoardClient> hub) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.SubscribeAll(e =>
        {
            var group = hub.Clients.Group(BoardHub.GroupOf(e.ReviewId));
            return e switch
            {
                TileMoved moved => group.TileMoved(moved),
                AnswerSaved saved => group.AnswerSaved(saved),
                TileAssigned assigned => group.TileAssigned(assigned),
                CommentAdded comment => group.CommentAdded(comment),
                PresenceChanged presence => group.PresenceChanged(presence),
                _ => Task.CompletedTask,
            };
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
