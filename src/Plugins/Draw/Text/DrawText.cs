using System.Collections.Frozen;
using System.Globalization;
using Planner.Board.Convention;
using Planner.Board.States;

namespace Planner.Plugins.Draw.Text;

/// <summary>
/// The plugin's sentences in the six UN languages. A plugin cannot use the host's resources, so it
/// carries its own: one table per language (DrawText.*.cs), chosen by the two-letter code of
/// <see cref="CultureInfo.CurrentUICulture"/> (the host sets it per request and per circuit); a
/// key missing from a language falls back to English.
/// </summary>
internal static partial class DrawText
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Languages =
        new Dictionary<string, FrozenDictionary<string, string>>
        {
            ["en"] = English.ToFrozenDictionary(),
            ["fr"] = French.ToFrozenDictionary(),
            ["es"] = Spanish.ToFrozenDictionary(),
            ["ru"] = Russian.ToFrozenDictionary(),
            ["zh"] = Chinese.ToFrozenDictionary(),
            ["ar"] = Arabic.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    public static string Language => UnLanguages.Normalize(CultureInfo.CurrentUICulture.Name);

    /// <summary>The sentence in the current UI language, formatted with <paramref name="args"/>.</summary>
    public static string Get(string key, params object?[] args) => For(Language, key, args);

    public static string For(string language, string key, params object?[] args)
    {
        var table = Languages.GetValueOrDefault(UnLanguages.Normalize(language)) ?? Languages["en"];
        var text = table.GetValueOrDefault(key) ?? Languages["en"].GetValueOrDefault(key) ?? key;
        return args.Length == 0 ? text : string.Format(CultureInfo.GetCultureInfo(UnLanguages.Normalize(language)), text, args);
    }

    public static string Group(RegionalGroup group, string? language = null) => For(language ?? Language, $"Group.{group}");

    /// <summary>A language's own table, without the English fallback (for the tests that keep the six in step).</summary>
    internal static IReadOnlyDictionary<string, string> Table(string language) => Languages[language];
}
