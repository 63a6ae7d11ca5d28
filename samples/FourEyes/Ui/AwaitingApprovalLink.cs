using Planner.Plugins;
using Planner.Samples.FourEyes.Text;

namespace Planner.Samples.FourEyes.Ui;

/// <summary>The main navigation's link to the plugin's page.</summary>
internal sealed class AwaitingApprovalLink : INavigationItem
{
    public string Label(string language) => FourEyesText.For(FourEyesText.Resolve(language), FourEyesText.PageTitle);

    public string Href => "/plugins/four-eyes";
}
