using Planner.Plugins;
using Planner.Samples.FourEyes.Text;

namespace Planner.Samples.FourEyes.Ui;

/// <summary>Adds the approvals section (<see cref="FourEyesPanel"/>) to the tile view.</summary>
internal sealed class FourEyesPanelInfo : ITilePanel
{
    public Type Component => typeof(FourEyesPanel);

    public string Title(string language) => FourEyesText.For(language, FourEyesText.PanelTitle);
}
