namespace Planner.Host.Localization;

/// <summary>The six UN languages, each named in itself (as the language picker does), so anyone can find their own.</summary>
public static class UnLanguageNames
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("ar", "العربية"), ("zh", "中文"), ("en", "English"), ("fr", "Français"), ("ru", "Русский"), ("es", "Español"),
    ];

    public static string Of(string code) => All.FirstOrDefault(l => l.Code == code).Name ?? code;
}
