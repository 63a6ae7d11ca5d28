using Planner.Plugins.Draw.Text;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>The main navigation's link to the drawing of lots.</summary>
internal sealed class DrawNavigation : INavigationItem
{
    public string Label(string language) => DrawText.For(language, "Nav.Draw");

    public string Href => "/plugins/draw";
}
