namespace Planner.Plugins.Draw.Parties;

/// <summary>
/// What the draw knows of a State party beyond its party status and regional group (which belong
/// to the State itself): its legal system, for "one reviewer with a similar legal system, where
/// possible", and the instruments it is party to, for the UNTOC mechanism's rule.
/// </summary>
public sealed record PartyProfile(string Iso3, string? LegalSystem, IReadOnlyList<string> Instruments);
