using Microsoft.Extensions.Options;
using Moq;
using Planner.Samples.FourEyes;

namespace Planner.Plugins.Tests.Builders;

/// <summary>The plugin's settings as the host's options would give them.</summary>
internal static class FourEyesSettings
{
    public static IOptionsMonitor<FourEyesOptions> Requiring(int approvals) =>
        Mock.Of<IOptionsMonitor<FourEyesOptions>>(m => m.CurrentValue == new FourEyesOptions { RequiredApprovals = approvals });
}
