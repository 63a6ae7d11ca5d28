using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Engine;

/// <summary>
/// Depth-first search over seats, most-constrained seat first, with forward checking. At each step
/// the candidate is drawn uniformly from the valid ones not yet tried; a candidate whose subtree
/// has no solution is abandoned and the draw is repeated among the rest (rejection without
/// replacement), so the accepted candidate is uniform among those that lead to a solution.
/// </summary>
internal sealed class Backtracking(DrawState state, DrawRandom random)
{
    private readonly List<DrawStep> _path = [];
    private int _nodes;

    public int Nodes => _nodes;

    public bool Aborted { get; private set; }

    /// <summary>The seat that most often ran out of candidates, for the diagnosis.</summary>
    public int? HardestSeat => _emptied.Count == 0 ? null : _emptied.MaxBy(p => p.Value).Key;

    private readonly Dictionary<int, int> _emptied = [];

    public IReadOnlyList<DrawStep>? Run() => Search() ? [.. _path] : null;

    private bool Search()
    {
        var seat = MostConstrainedSeat(out var valid);
        if (seat < 0)
        {
            return true;
        }
        var abandoned = new List<string>();
        var count = valid.Count;
        while (valid.Count > 0)
        {
            if (++_nodes > state.Rules.MaxSearchNodes)
            {
                Aborted = true;
                return false;
            }
            var k = random.NextInt(valid.Count);
            var candidate = valid[k];
            valid.RemoveAt(k);
            state.Assign(seat, candidate);
            _path.Add(new DrawStep(state.Seats[seat], count, [.. abandoned], state.Candidates[candidate].Iso3));
            if (ForwardCheck() && Search())
            {
                return true;
            }
            _path.RemoveAt(_path.Count - 1);
            state.Unassign(seat);
            if (Aborted)
            {
                return false;
            }
            abandoned.Add(state.Candidates[candidate].Iso3);
        }
        return false;
    }

    /// <summary>The open seat with the fewest valid candidates (ties: the lowest seat index), or -1.</summary>
    private int MostConstrainedSeat(out List<int> valid)
    {
        var best = -1;
        valid = [];
        for (var s = 0; s < state.Seats.Length; s++)
        {
            if (state.Assigned[s] >= 0)
            {
                continue;
            }
            var candidates = state.ValidCandidates(s);
            if (best < 0 || candidates.Count < valid.Count)
            {
                best = s;
                valid = candidates;
            }
        }
        return best;
    }

    private bool ForwardCheck()
    {
        for (var s = 0; s < state.Seats.Length; s++)
        {
            if (state.Assigned[s] < 0 && !state.HasValidCandidate(s))
            {
                _emptied[s] = _emptied.GetValueOrDefault(s) + 1;
                return false;
            }
        }
        return !state.Rules.LookAhead || state.CapacityShortfall() is null;
    }
}
