using Planner.Plugins.Draw.Model;

namespace Planner.Draw.Tests.Builders;

/// <summary>UNTOC extra-draw inputs over the first year of a UN cycle.</summary>
internal static class UntocInputs
{
    /// <summary>
    /// Everyone is party to UNTOC, one State in five to TIP, and every State under review is
    /// reviewed on both: too few TIP parties for every reviewer to be one, enough for extra seats.
    /// No later years: extra seats count against the cap, and with cap 2 a full cycle has almost
    /// no capacity to spare for them (see the README).
    /// </summary>
    public static DrawInput ScarceTip(int scheduleSeed, InstrumentMode mode = InstrumentMode.ExtraDrawForMissing)
    {
        var baseInput = new CycleBuilder(scheduleSeed).InputFor(0) with { LaterYears = [] };
        var pool = baseInput.Pool
            .Select((c, i) => c with { Instruments = i % 5 == 0 ? new HashSet<string> { "UNTOC", "TIP" } : new HashSet<string> { "UNTOC" } })
            .ToList();
        var required = baseInput.UnderReview.ToDictionary(r => r.Iso3, IReadOnlySet<string> (_) => new HashSet<string> { "UNTOC", "TIP" });
        return baseInput with { Pool = pool, Rules = new DrawRules { RequiredInstruments = required, InstrumentMode = mode } };
    }
}
