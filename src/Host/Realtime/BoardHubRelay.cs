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
            // Stakeholders hear only of tiles shared with them (or just unshared, so they drop them).
            var groups = e is TileEvent { SharedWithStakeholders: true } or TileShared
                ? hub.Clients.Groups(BoardHub.GroupOf(e.ReviewId), BoardHub.StakeholderGroupOf(e.ReviewId))
                : hub.Clients.Group(BoardHub.GroupOf(e.ReviewId));
            return e switch
            {
                TileMoved moved => groups.TileMoved(moved),
                AnswerSaved saved => groups.AnswerSaved(saved),
                TileAssigned assigned => groups.TileAssigned(assigned),
                CommentAdded comment => groups.CommentAdded(comment),
                TileShared shared => groups.TileShared(shared),
                DocumentsChanged documents => groups.DocumentsChanged(documents),
                PresenceChanged presence => groups.PresenceChanged(presence),
                TileArranged arranged => groups.TileArranged(arranged),
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
