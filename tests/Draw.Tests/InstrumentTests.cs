using Planner.Board.States;
using Planner.Draw.Tests.Builders;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests;

public sealed class InstrumentTests
{
    private static readonly string[] Protocols = ["UNTOC", "TIP", "SOM", "FIR"];

    /// <summary>UNTOC mode by configuration: each State under review names the instruments it is
    /// reviewed on; candidates list the instruments they are party to.</summary>
    [Fact]
    public void Solve_UntocInstrumentsConfigured_EveryReviewerIsPartyToEachInstrument()
    {
        var baseInput = new CycleBuilder(5).InputFor(0);
        var pool = baseInput.Pool
            .Select((c, i) => c with { Instruments = Protocols.Where((_, p) => (i + p) % 5 != 0).ToHashSet() })
            .ToList();
        var required = baseInput.UnderReview.ToDictionary(r => r.Iso3,
            IReadOnlySet<string> (r) => new HashSet<string> { "UNTOC", r.Iso3[1] % 2 == 0 ? "TIP" : "FIR" });
        var input = baseInput with { Pool = pool, Rules = new DrawRules { RequiredInstruments = required } };

        var result = DrawSolver.Solve(input, Seeds.Of(5));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Empty(RuleChecker.Violations(result));
        foreach (var a in result.Assignments)
        {
            foreach (var reviewer in new[] { a.GroupReviewer, a.BoxReviewer })
            {
                Assert.Superset(required[a.Reviewed].ToHashSet(), pool.Single(c => c.Iso3 == reviewer).Instruments!.ToHashSet());
            }
        }
    }

    [Fact]
    public void Solve_NoGroupMemberPartyToInstrument_FailsNamingRequiredInstruments()
    {
        var input = new DrawInput
        {
            UnderReview = [new ReviewedState("EEA", RegionalGroup.EasternEuropean)],
            Pool = [new Candidate("EEA", RegionalGroup.EasternEuropean, 0, Instruments: new HashSet<string> { "SOM" }),
                new Candidate("EEB", RegionalGroup.EasternEuropean, 0, Instruments: new HashSet<string> { "UNTOC" }),
                new Candidate("WEA", RegionalGroup.WesternEuropeanOthers, 0, Instruments: new HashSet<string> { "UNTOC", "SOM" })],
            Rules = new DrawRules { RequiredInstruments = new Dictionary<string, IReadOnlySet<string>> { ["EEA"] = new HashSet<string> { "SOM" } } },
        };

        var result = DrawSolver.Solve(input, [0]);

        Assert.Equal(RuleNames.RequiredInstruments, result.Failure!.Rule);
        Assert.Equal(new Seat("EEA", SeatKind.Group), result.Failure.Seat);
    }
}
