using System.Collections.Concurrent;
using Planner.Board.Events;

namespace Planner.Host.Realtime;

/// <summary>
/// Who has which board open, by connection (a hub connection or a Blazor circuit). Changes are
/// published on the board-event stream, so hub clients and circuits learn of them the same way.
/// </summary>
public sealed class PresenceTracker(IBoardEvents events, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Presence> connections = new();

    public Task JoinAsync(string connectionKey, Guid reviewId, Guid userId, string displayName)
    {
        connections[connectionKey] = new Presence(reviewId, new PresentUser(userId, displayName, null));
        return PublishAsync(reviewId);
    }

    public Task EditingAsync(string connectionKey, Guid? tileId)
    {
        if (!connections.TryGetValue(connectionKey, out var presence))
        {
            return Task.CompletedTask;
        }
        connections[connectionKey] = presence with { User = presence.User with { EditingTileId = tileId } };
        return PublishAsync(presence.ReviewId);
    }

    public Task LeaveAsync(string connectionKey) =>
        connections.TryRemove(connectionKey, out var presence) ? PublishAsync(presence.ReviewId) : Task.CompletedTask;

    /// <summary>Each person once, even with several tabs open; editing wins over looking.</summary>
    public IReadOnlyList<PresentUser> On(Guid reviewId) =>
        connections.Values.Where(p => p.ReviewId == reviewId)
            .GroupBy(p => p.User.UserId)
            .Select(g => g.Select(p => p.User).OrderByDescending(u => u.EditingTileId.HasValue).First())
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .ToList();

    private Task PublishAsync(Guid reviewId) =>
        events.PublishAsync(new PresenceChanged(reviewId, On(reviewId), clock.GetUtcNow()));

    private sealed record Presence(Guid ReviewId, PresentUser User);
}
