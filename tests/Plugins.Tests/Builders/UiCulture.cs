using System.Globalization;

namespace Planner.Plugins.Tests.Builders;

/// <summary>Sets the UI culture for the life of a test, as the host does per request; restores it on dispose.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;

    private UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public static UiCulture Use(string name) => new(name);

    public void Dispose() => CultureInfo.CurrentUICulture = before;
}
