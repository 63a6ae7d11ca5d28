using Planner.Board.States;

namespace Planner.Board.Tests.States;

public sealed class UnStatesFileTests
{
    [Fact]
    public void Read_Always_Has197StatesWithUniqueCodes()
    {
        var states = UnStatesFile.Read(isParty: _ => false);

        Assert.Equal(197, states.Count);
        Assert.Equal(197, states.Select(s => s.Iso3).Distinct().Count());
    }

    [Fact]
    public void Read_Kenya_IsAfricanWithArabicName()
    {
        var kenya = Assert.Single(UnStatesFile.Read(isParty: _ => false), s => s.Iso3 == "KEN");

        Assert.Equal(RegionalGroup.African, kenya.Group);
        Assert.Equal("Kenya", kenya.Name.En);
        Assert.False(string.IsNullOrWhiteSpace(kenya.Name.Ar));
    }

    [Fact]
    public void Read_EveryState_HasNameInAllSixLanguages()
    {
        Assert.All(UnStatesFile.Read(isParty: _ => false), s =>
            Assert.All(new[] { s.Name.En, s.Name.Fr, s.Name.Es, s.Name.Ru, s.Name.Zh, s.Name.Ar },
                name => Assert.False(string.IsNullOrWhiteSpace(name), $"{s.Iso3} lacks a name.")));
    }

    [Fact]
    public void Read_PartyRule_AppliedPerState()
    {
        var states = UnStatesFile.Read(isParty: iso3 => iso3 == "KEN");

        Assert.True(states.Single(s => s.Iso3 == "KEN").IsParty);
        Assert.False(states.Single(s => s.Iso3 == "UGA").IsParty);
    }
}
