namespace Planner.Plugins;

/// <summary>
/// A link in the main navigation to one of the plugin's pages. Pages are routable components in
/// the plugin's assembly (<c>@page "/plugins/{id}/..."</c>); the host adds the assembly to its router.
/// </summary>
public interface INavigationItem
{
    /// <summary>The link text in the given language.</summary>
    /// <param name="language">Two-letter UN language code.</param>
    string Label(string language);

    /// <summary>The page's path, e.g. "/plugins/draw".</summary>
    string Href { get; }
}
