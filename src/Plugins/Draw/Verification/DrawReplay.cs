using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Verification;

/// <summary>
/// Replays a recorded draw from its input and revealed seed: the draw, then each recorded redraw in
/// order (a redraw's stream depends only on the seed, the seat and how many redraws came before),
/// and compares the outcome with what was published.
/// </summary>
public static class DrawReplay
{
    public static DrawResult Replay(DrawInput input, byte[] seed, IReadOnlyList<SeatRedraw>? redraws = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(seed);
        var result = DrawSolver.Solve(input, seed);
        foreach (var redraw in redraws ?? [])
        {
            if (!result.Succeeded)
            {
                break;
            }
            result = DrawSolver.Redraw(result, redraw.Seat, redraw.Kind, redraw.Reason, seed);
        }
        return result;
    }

    /// <summary>True when the replay gives exactly the published assignments and redraws.</summary>
    public static bool Matches(DrawResult published, DrawResult replayed)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(replayed);
        return published.Succeeded == replayed.Succeeded
            && published.Assignments.Count == replayed.Assignments.Count
            && published.Assignments.SequenceEqual(replayed.Assignments)
            && published.Redraws.Select(r => (r.Seat, r.Previous, r.Chosen)).SequenceEqual(replayed.Redraws.Select(r => (r.Seat, r.Previous, r.Chosen)));
    }
}
