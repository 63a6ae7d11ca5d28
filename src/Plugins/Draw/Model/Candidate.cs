using System.Text.Json.Serialization;
using Planner.Board.States;

namespace Planner.Plugins.Draw.Model;

/// <summary>A possible reviewing State: its group, the reviews it has performed so far this cycle,
/// and optionally its legal system and the instruments it is party to (UNTOC mode).</summary>
public sealed record Candidate(
    string Iso3,
    RegionalGroup Group,
    int Performed,
    string? LegalSystem = null,
    [property: JsonConverter(typeof(StringSetJsonConverter))] IReadOnlySet<string>? Instruments = null);
