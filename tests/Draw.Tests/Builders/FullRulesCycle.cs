using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests.Builders;

/// <summary>
/// A UN cycle with every rule on: legal systems (similar where possible), the UNTOC extra-draw
/// mode (each State reviewed on the instruments it is party to), no mutual reviews, no repeated
/// pairs, look-ahead, and the history and performed counts of the earlier years.
/// </summary>
internal static class FullRulesCycle
{
    private static readonly string[] Instruments = ["FIR", "SOM", "TIP"];

    public static string LegalSystemOf(string iso3) => ((iso3[0] + iso3[2]) % 3) switch { 0 => "common", 1 => "civil", _ => "mixed" };

    /// <summary>Everyone is party to UNTOC; each protocol has seven States in eight.</summary>
    public static IReadOnlySet<string> InstrumentsOf(string iso3) =>
        Instruments.Where((_, p) => (iso3[1] + iso3[2] + (3 * p)) % 8 != 0).Append("UNTOC").ToHashSet();

    /// <summary>Draws years 0 to <paramref name="year"/> − 1 and returns the input of <paramref name="year"/> (0-based).</summary>
    public static DrawInput InputFor(int scheduleSeed, int year, int reviewCap)
    {
        var cycle = new CycleBuilder(scheduleSeed);
        for (var y = 0; y < year; y++)
        {
            var result = DrawSolver.Solve(Decorate(cycle.InputFor(y), reviewCap), Seeds.Of((scheduleSeed * 10) + y));
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"year {y + 1} of the full-rules cycle failed: {result.Failure}");
            }
            cycle.Record(result);
        }
        return Decorate(cycle.InputFor(year), reviewCap);
    }

    private static DrawInput Decorate(DrawInput input, int reviewCap) => input with
    {
        UnderReview = [.. input.UnderReview.Select(r => r with { LegalSystem = LegalSystemOf(r.Iso3) })],
        Pool = [.. input.Pool.Select(c => c with { LegalSystem = LegalSystemOf(c.Iso3), Instruments = InstrumentsOf(c.Iso3) })],
        Rules = new DrawRules
        {
            ReviewCap = reviewCap,
            SimilarLegalSystemWherePossible = true,
            InstrumentMode = InstrumentMode.ExtraDrawForMissing,
            RequiredInstruments = input.UnderReview.ToDictionary(r => r.Iso3, r => InstrumentsOf(r.Iso3)),
        },
    };
}
