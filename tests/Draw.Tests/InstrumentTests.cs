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

    /// <summary>The UNTOC practice by configuration alone: group and box seats ignore the
    /// instruments, and an extra reviewer party to each missing instrument is drawn. The same input
    /// cannot be drawn when every reviewer must be party.</summary>
    [Fact]
    public void Solve_UntocExtraDrawMode_DrawsOneExtraReviewerPartyToEachMissingInstrument()
    {
        var input = UntocInputs.ScarceTip(5);
        var everyReviewer = DrawSolver.Solve(UntocInputs.ScarceTip(5, InstrumentMode.RequireOnEveryReviewer), Seeds.Of(5));
        var result = DrawSolver.Solve(input, Seeds.Of(5));

        Assert.False(everyReviewer.Succeeded);
        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Empty(RuleChecker.Violations(result));
        Assert.Empty(RuleChecker.ExtraSeatsNotExact(result));
        var extras = result.Assignments.SelectMany(a => a.Extras).ToList();
        Assert.NotEmpty(extras);
        Assert.All(extras, e => Assert.Equal("TIP", e.Instrument));
        Assert.Equal((2 * input.UnderReview.Count) + extras.Count, result.Steps.Count);
        Assert.Equal(extras.Count, result.Steps.Count(s => s.Seat.Kind == SeatKind.Extra));
        Assert.Equal(result.Assignments, DrawSolver.Solve(input, Seeds.Of(5)).Assignments);
    }

    [Fact]
    public void Solve_UntocExtraDrawModeNoPartyLeft_FailsNamingTheInstrument()
    {
        var input = new DrawInput
        {
            UnderReview = [new ReviewedState("EEA", RegionalGroup.EasternEuropean)],
            Pool = [new Candidate("EEA", RegionalGroup.EasternEuropean, 0, Instruments: new HashSet<string> { "SOM" }),
                new Candidate("EEB", RegionalGroup.EasternEuropean, 0, Instruments: new HashSet<string> { "UNTOC" }),
                new Candidate("WEA", RegionalGroup.WesternEuropeanOthers, 0, Instruments: new HashSet<string> { "UNTOC" })],
            Rules = new DrawRules
            {
                RequiredInstruments = new Dictionary<string, IReadOnlySet<string>> { ["EEA"] = new HashSet<string> { "SOM" } },
                InstrumentMode = InstrumentMode.ExtraDrawForMissing,
            },
        };

        var result = DrawSolver.Solve(input, [0]);

        Assert.Equal(RuleNames.RequiredInstruments, result.Failure!.Rule);
        Assert.Equal(new Seat("EEA", SeatKind.Extra, "SOM"), result.Failure.Seat);
        Assert.Contains("SOM", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("parties to SOM", result.Failure.Suggestion, StringComparison.Ordinal);
    }
}
