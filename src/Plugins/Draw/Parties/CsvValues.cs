using Planner.Board.States;

namespace Planner.Plugins.Draw.Parties;

/// <summary>The small value formats the imports accept.</summary>
internal static class CsvValues
{
    public static bool TryYesNo(string? text, out bool value)
    {
        switch ((text ?? "").Trim().ToLowerInvariant())
        {
            case "yes" or "y" or "true" or "1":
                value = true;
                return true;
            case "no" or "n" or "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>A regional group by its enum name (African, AsiaPacific…) or its UN name (African Group…).</summary>
    public static bool TryGroup(string? text, out RegionalGroup group)
    {
        var trimmed = (text ?? "").Trim();
        group = UnStatesFile.ParseGroup(trimmed);
        return group != RegionalGroup.None
            || (Enum.TryParse(trimmed, ignoreCase: true, out group) && Enum.IsDefined(group) && !int.TryParse(trimmed, out _));
    }

    public static List<string> List(string? text) =>
        [.. (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];
}
