using Planner.Board.Convention;
using Planner.Board.States;

namespace Planner.Plugins.Draw.Parties;

/// <summary>A State as the draw's pages and API show it: name in six languages, party status, group and profile.</summary>
public sealed record PartyView(string Iso3, LocalizedText Name, bool IsParty, RegionalGroup Group, string? LegalSystem, IReadOnlyList<string> Instruments);

/// <summary>A change to one State: its party status, group, legal system and instruments.</summary>
public sealed record PartyChange(string Iso3, bool IsParty, RegionalGroup Group, string? LegalSystem, IReadOnlyList<string>? Instruments);
