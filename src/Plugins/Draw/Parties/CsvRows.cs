using nietras.SeparatedValues;

namespace Planner.Plugins.Draw.Parties;

/// <summary>One data line of an import: its line number in the file and its fields by header name.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string Get(string column) => Fields.GetValueOrDefault(column, "");
}

/// <summary>Reads an RFC 4180 file with a header row (Sep: quotes, escaped quotes and separators inside fields).</summary>
internal static class CsvRows
{
    /// <summary>The header's names (trimmed, lower case) and the data lines; a file without a header has none.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows) Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], []);
        }
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromText(text);
        var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToList();
        var rows = new List<CsvRow>();
        foreach (var row in reader)
        {
            var fields = new Dictionary<string, string>();
            for (var i = 0; i < Math.Min(row.ColCount, header.Count); i++)
            {
                fields[header[i]] = row[i].ToString();
            }
            if (fields.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            rows.Add(new CsvRow(row.LineNumberFrom, fields));
        }
        return (header, rows);
    }
}
