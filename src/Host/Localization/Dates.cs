using System.Globalization;
using Planner.Board.Convention;

namespace Planner.Host.Localization;

/// <summary>
/// Dates as an international board needs them: never 1/10/2027 (January or October?), always
/// with the month named, in the reader's language.
/// </summary>
public static class Dates
{
    public static string Format(DateOnly date) => date.ToString(DatePattern, CultureInfo.CurrentCulture);

    public static string Format(DateTimeOffset moment) =>
        moment.ToLocalTime().ToString($"{DatePattern} HH:mm", CultureInfo.CurrentCulture);

    private static string DatePattern => UnLanguages.Normalize(CultureInfo.CurrentUICulture.Name) switch
    {
        "zh" => "yyyy年M月d日",
        "ar" => "d MMMM yyyy",
        _ => "d MMM yyyy",
    };
}
