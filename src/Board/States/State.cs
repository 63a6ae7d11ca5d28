using Planner.Board.Convention;

namespace Planner.Board.States;

/// <summary>A State (or the European Union) that may be a party to the Convention.</summary>
public sealed class State
{
    private State()
    {
    }

    public State(string iso3, LocalizedText name, RegionalGroup group, bool isParty)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(iso3);
        if (iso3.Length != 3)
        {
            throw new ArgumentException("An ISO 3166 alpha-3 code has three letters.", nameof(iso3));
        }
        Iso3 = iso3.ToUpperInvariant();
        Name = name;
        Group = group;
        IsParty = isParty;
    }

    public string Iso3 { get; private set; } = "";

    public LocalizedText Name { get; private set; } = new();

    public RegionalGroup Group { get; private set; }

    /// <summary>Party status is kept by the secretariat, not derived from UN membership.</summary>
    public bool IsParty { get; private set; }

    public void SetPartyStatus(bool isParty) => IsParty = isParty;

    /// <summary>The secretariat corrects a group (e.g. a State that changed groups, or a party outside the UN list).</summary>
    public void SetGroup(RegionalGroup group) => Group = group;
}
