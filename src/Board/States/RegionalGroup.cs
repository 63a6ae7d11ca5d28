namespace Planner.Board.States;

/// <summary>The five UN regional groups, and None for a party outside them (e.g. the European Union).</summary>
public enum RegionalGroup
{
    None,
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOthers,
}
