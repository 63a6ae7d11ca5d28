namespace Planner.Plugins.Draw.Model;

/// <summary>How <see cref="DrawRules.RequiredInstruments"/> applies (D7).</summary>
public enum InstrumentMode
{
    /// <summary>Every group and box reviewer must be party to each instrument the State is reviewed on.</summary>
    RequireOnEveryReviewer,

    /// <summary>Group and box seats ignore the instruments; for each instrument that one of them is
    /// not party to, an extra reviewer party to it is drawn (the UNTOC mechanism's practice).</summary>
    ExtraDrawForMissing,
}
