using Planner.Board.States;

namespace Planner.Plugins.Draw.Model;

/// <summary>A State under review this year (or, for look-ahead, in a later year of the cycle).</summary>
public sealed record ReviewedState(string Iso3, RegionalGroup Group, string? LegalSystem = null);
