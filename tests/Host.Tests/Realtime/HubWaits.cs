using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;

namespace Planner.Host.Tests.Realtime;

/// <summary>Waiting for what a hub sends, without fixed sleeps.</summary>
internal static class HubWaits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Starts listening at once (before the caller triggers the event) and completes with the
    /// first matching message, or fails after <see cref="Timeout"/>.
    /// </summary>
    public static async Task<T> NextAsync<T>(this HubConnection connection, string method, Func<T, bool>? match = null)
    {
        var received = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var handler = connection.On<T>(method, message =>
        {
            if (match?.Invoke(message) ?? true)
            {
                received.TrySetResult(message);
            }
        });
        try
        {
            return await received.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No {method} arrived within {Timeout.TotalSeconds} s.");
        }
    }

    /// <summary>Keeps every message of one kind that arrives on this connection.</summary>
    public static ConcurrentQueue<T> Record<T>(this HubConnection connection, string method)
    {
        var messages = new ConcurrentQueue<T>();
        connection.On<T>(method, messages.Enqueue);
        return messages;
    }
}
