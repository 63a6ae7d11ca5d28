using Planner.Board.States;

namespace Planner.Plugins.Draw.Parties;

/// <summary>
/// The States parties import: <c>iso3,party,group,legal_system,instruments</c> with a header row;
/// party is yes/no, group a regional group (name or code, empty keeps the current one),
/// instruments separated by semicolons. Every line is checked before anything is imported.
/// </summary>
public static class PartiesCsv
{
    public const string Header = "iso3,party,group,legal_system,instruments";

    public static CsvImport<PartyChange> Read(string text, IReadOnlyDictionary<string, RegionalGroup> currentGroups)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(currentGroups);
        var rows = new List<PartyChange>();
        var errors = new List<CsvImportError>();
        var (header, lines) = CsvRows.Read(text);
        if (!header.Contains("iso3") || !header.Contains("party"))
        {
            return new([], [new(1, $"The first line must be the header: {Header}")]);
        }
        foreach (var csv in lines)
        {
            var line = csv.Line;
            var iso3 = csv.Get("iso3").ToUpperInvariant();
            if (iso3.Length != 3)
            {
                errors.Add(new(line, $"'{iso3}' is not an ISO 3166 alpha-3 code."));
                continue;
            }
            if (!CsvValues.TryYesNo(csv.Get("party"), out var party))
            {
                errors.Add(new(line, $"Party must be yes or no, not '{csv.Get("party")}'."));
                continue;
            }
            var groupText = csv.Get("group");
            RegionalGroup group;
            if (string.IsNullOrWhiteSpace(groupText))
            {
                if (!currentGroups.TryGetValue(iso3, out group))
                {
                    errors.Add(new(line, $"{iso3} is not a known State."));
                    continue;
                }
            }
            else if (!CsvValues.TryGroup(groupText, out group))
            {
                errors.Add(new(line, $"'{groupText}' is not a regional group."));
                continue;
            }
            rows.Add(new PartyChange(iso3, party, group, csv.Get("legal_system"), CsvValues.List(csv.Get("instruments"))));
        }
        foreach (var duplicate in rows.GroupBy(r => r.Iso3).Where(g => g.Count() > 1))
        {
            errors.Add(new(0, $"{duplicate.Key} appears more than once."));
        }
        return new(rows, errors);
    }
}
