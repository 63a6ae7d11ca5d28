using Planner.Board.States;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests.Builders;

/// <summary>Random but reproducible inputs over the UN States: a subset, performed counts, history,
/// rule switches, legal systems and UNTOC instruments, all from one data seed.</summary>
internal static class RandomInputs
{
    private static readonly string[] LegalSystems = ["common", "civil", "mixed"];
    private static readonly string[] Instruments = ["UNTOC", "TIP", "SOM", "FIR"];

    public static DrawInput Build(int dataSeed)
    {
        var random = new Random(dataSeed);
        var states = UnStates.All.Where(_ => random.NextDouble() < 0.6).ToList();
        var pool = states.Select(s => new Candidate(
            s.Iso3, s.Group, Performed: random.Next(10) switch { < 5 => 0, < 9 => 1, _ => 2 },
            LegalSystem: LegalSystems[random.Next(LegalSystems.Length)],
            Instruments: Instruments.Where(_ => random.NextDouble() < 0.85).ToHashSet())).ToList();
        var underReview = states.Where(_ => random.NextDouble() < 0.25)
            .Select(s => new ReviewedState(s.Iso3, s.Group, pool.Single(c => c.Iso3 == s.Iso3).LegalSystem)).ToList();
        var history = Enumerable.Range(0, states.Count / 4)
            .Select(_ => new DrawnPair(states[random.Next(states.Count)].Iso3, states[random.Next(states.Count)].Iso3))
            .Where(p => p.Reviewer != p.Reviewed).Distinct().ToList();
        var required = underReview.Where(_ => random.NextDouble() < 0.2)
            .ToDictionary(r => r.Iso3, IReadOnlySet<string> (_) => new HashSet<string> { "UNTOC" });
        var rules = new DrawRules
        {
            NoMutualReviews = random.NextDouble() < 0.8,
            NoRepeatedPair = random.NextDouble() < 0.8,
            SimilarLegalSystemWherePossible = random.NextDouble() < 0.5,
            RequiredInstruments = required,
        };
        return new DrawInput { UnderReview = underReview, Pool = pool, History = history, Rules = rules };
    }

    /// <summary>The same input in the UNTOC extra-draw mode: every State under review is reviewed on
    /// a random set of the four instruments.</summary>
    public static DrawInput BuildUntoc(int dataSeed)
    {
        var input = Build(dataSeed);
        var random = new Random(dataSeed ^ 0x5eed);
        var required = input.UnderReview.ToDictionary(r => r.Iso3,
            IReadOnlySet<string> (_) => Instruments.Where(_ => random.NextDouble() < 0.5).ToHashSet());
        return input with { Rules = input.Rules with { RequiredInstruments = required, InstrumentMode = InstrumentMode.ExtraDrawForMissing } };
    }

    /// <summary>A small year over all UN States: one State under review per group and a few more.</summary>
    public static DrawInput SmallYear() => new()
    {
        UnderReview = [.. UnStates.All.Where((_, i) => i % 30 == 0).Select(s => new ReviewedState(s.Iso3, s.Group))],
        Pool = [.. UnStates.All.Select(s => new Candidate(s.Iso3, s.Group, 0))],
    };

    public static RegionalGroup GroupOf(string iso3) => UnStates.All.Single(s => s.Iso3 == iso3).Group;
}
