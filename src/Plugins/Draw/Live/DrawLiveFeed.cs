using System.Collections.Concurrent;

namespace Planner.Plugins.Draw.Live;

/// <summary>What changed on a draw: watchers reload it and show <paramref name="Revealed"/> lots.</summary>
public sealed record DrawLiveUpdate(Guid DrawId, int Revealed);

/// <summary>
/// Lets everyone watching a draw see its lots appear one by one. The draw itself is computed and
/// saved at once (so nothing is lost if the host stops mid-reveal); the feed then reveals its steps
/// at the configured pace to every open draw page, each in its viewer's language. A page opened
/// mid-reveal joins at the current lot; after the reveal, or after a restart, all lots show.
/// </summary>
public sealed class DrawLiveFeed
{
    private readonly ConcurrentDictionary<Guid, int> revealing = new();

    public event Action<DrawLiveUpdate>? Changed;

    /// <summary>Lots to show of a draw with <paramref name="steps"/> lots.</summary>
    public int Revealed(Guid drawId, int steps) => revealing.TryGetValue(drawId, out var shown) ? Math.Min(shown, steps) : steps;

    public bool IsRevealing(Guid drawId) => revealing.ContainsKey(drawId);

    /// <summary>Something other than a reveal changed (opened, redrawn, widened, reviews opened).</summary>
    public void Publish(Guid drawId, int steps) => Changed?.Invoke(new(drawId, Revealed(drawId, steps)));

    /// <summary>
    /// Starts revealing the lots one by one in the background. The first (empty) state is set before
    /// this returns, so the page of the person who ran the draw does not flash the whole result.
    /// </summary>
    public void StartReveal(Guid drawId, int steps, TimeSpan pause, CancellationToken stopping)
    {
        if (pause <= TimeSpan.Zero || steps == 0)
        {
            Publish(drawId, steps);
            return;
        }
        revealing[drawId] = 0;
        _ = Task.Run(() => RevealAsync(drawId, steps, pause, stopping), CancellationToken.None);
    }

    private async Task RevealAsync(Guid drawId, int steps, TimeSpan pause, CancellationToken stopping)
    {
        try
        {
            for (var shown = 0; shown <= steps; shown++)
            {
                revealing[drawId] = shown;
                Changed?.Invoke(new(drawId, shown));
                if (shown < steps)
                {
                    await Task.Delay(pause, stopping).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the draw is saved; pages opened later show every lot.
        }
        finally
        {
            revealing.TryRemove(drawId, out _);
            Changed?.Invoke(new(drawId, steps));
        }
    }
}
