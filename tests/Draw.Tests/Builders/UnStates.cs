using Planner.Board.States;

namespace Planner.Draw.Tests.Builders;

/// <summary>The 193 UN Member States in their five regional groups, from the embedded list.</summary>
internal static class UnStates
{
    public static IReadOnlyList<(string Iso3, RegionalGroup Group)> All { get; } =
        [.. UnStatesFile.Read(_ => true)
            .Where(s => s.Group != RegionalGroup.None)
            .Select(s => (s.Iso3, s.Group))
            .OrderBy(s => s.Iso3, StringComparer.Ordinal)];
}
