using Planner.Board.Convention;

namespace Planner.Board.States;

/// <summary>
/// Reads the embedded UN States list (ODbL, see Data/ATTRIBUTION.md): ISO codes, names in the six
/// languages and regional groups. Party status is not in the file; callers decide it.
/// </summary>
public static class UnStatesFile
{
    public static IReadOnlyList<State> Read(Func<string, bool> isParty)
    {
        using var stream = typeof(UnStatesFile).Assembly.GetManifestResourceStream("Planner.Board.States.un-states.csv")
            ?? throw new InvalidOperationException("Embedded un-states.csv is missing.");
        using var reader = new StreamReader(stream);
        // The embedded file is ours and has no quoted fields, so a plain split is exact.
        var header = (reader.ReadLine() ?? "").Split(',').ToList();
        int Col(string name) => header.IndexOf(name);
        var states = new List<State>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var f = line.Split(',');
            var iso3 = f[Col("iso3")];
            var name = new LocalizedText
            {
                En = f[Col("name_en")], Fr = f[Col("name_fr")], Es = f[Col("name_es")],
                Ru = f[Col("name_ru")], Zh = f[Col("name_zh")], Ar = f[Col("name_ar")],
            };
            states.Add(new State(iso3, name, ParseGroup(f[Col("un_regional_group")]), isParty(iso3)));
        }
        return states;
    }

    /// <summary>A group from its UN name ("African Group"…); anything else is None.</summary>
    public static RegionalGroup ParseGroup(string text) => text switch
    {
        "African Group" => RegionalGroup.African,
        "Asia and the Pacific Group" => RegionalGroup.AsiaPacific,
        "Eastern European Group" => RegionalGroup.EasternEuropean,
        "Latin American and Caribbean Group" => RegionalGroup.LatinAmericanCaribbean,
        "Western European and Others Group" => RegionalGroup.WesternEuropeanOthers,
        _ => RegionalGroup.None,
    };
}
