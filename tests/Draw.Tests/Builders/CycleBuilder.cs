using Planner.Board.States;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests.Builders;

/// <summary>
/// A review cycle over the UN States: each group split into four yearly quarters (proportionate
/// to its size), drawn year by year with performed counts and history carried forward.
/// </summary>
internal sealed class CycleBuilder
{
    private readonly Dictionary<string, int> _performed;
    private readonly List<DrawnPair> _history = [];
    private readonly (string Iso3, RegionalGroup Group)[] _states;
    private DrawRules _rules = new();

    public CycleBuilder(int scheduleSeed, IReadOnlyList<(string Iso3, RegionalGroup Group)>? states = null)
    {
        _states = [.. states ?? UnStates.All];
        _performed = _states.ToDictionary(s => s.Iso3, _ => 0);
        var random = new Random(scheduleSeed);
        Years = [[], [], [], []];
        foreach (var group in _states.GroupBy(s => s.Group))
        {
            var members = group.OrderBy(_ => random.Next()).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                // Member i goes to year floor(4i/n): a quarter of each group per year.
                Years[i * 4 / members.Count].Add(new ReviewedState(members[i].Iso3, group.Key));
            }
        }
    }

    public List<ReviewedState>[] Years { get; }

    public IReadOnlyList<DrawnPair> History => _history;

    public CycleBuilder WithRules(DrawRules rules)
    {
        _rules = rules;
        return this;
    }

    public DrawInput InputFor(int year) => new()
    {
        UnderReview = Years[year],
        Pool = [.. _states.Select(s => new Candidate(s.Iso3, s.Group, _performed[s.Iso3]))],
        History = [.. _history],
        Rules = _rules,
        LaterYears = [.. Years.Skip(year + 1).SelectMany(y => y)],
    };

    /// <summary>Carries a year's result into the cycle.</summary>
    public void Record(DrawResult result)
    {
        foreach (var a in result.Assignments)
        {
            foreach (var reviewer in a.AllReviewers())
            {
                _performed[reviewer]++;
                _history.Add(new DrawnPair(reviewer, a.Reviewed));
            }
        }
    }

    /// <summary>Draws the four years; returns the first failed year (0-based) or -1.</summary>
    public int DrawAll(int seed, List<DrawResult>? results = null)
    {
        for (var year = 0; year < 4; year++)
        {
            var result = DrawSolver.Solve(InputFor(year), Seeds.Of((seed * 10) + year));
            results?.Add(result);
            if (!result.Succeeded)
            {
                return year;
            }
            Record(result);
        }
        return -1;
    }
}
