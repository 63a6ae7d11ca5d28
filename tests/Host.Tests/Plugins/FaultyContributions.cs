using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Planner.Plugins;

namespace Planner.Host.Tests.Plugins;

/// <summary>A plugin whose registration throws half-way, after registering one service.</summary>
internal sealed class ThrowsWhileRegisteringPlugin : IPlugin, IPluginServiceRegistrator
{
    public string Id => "throws-registering";

    public string Name => "Throws while registering";

    public Version Version => new(1, 0);

    public void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ITileAction, FlagForDialogueAction>();
        throw new InvalidOperationException("Missing setting.");
    }
}

/// <summary>A tile panel that throws while rendering.</summary>
internal sealed class ThrowingPanel : ComponentBase
{
    [Parameter] public Guid TileId { get; set; }

    [Parameter] public Guid ReviewId { get; set; }

    [Parameter] public Guid UserId { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder) => throw new InvalidOperationException("The panel broke.");
}

internal sealed class ThrowingPanelInfo : ITilePanel
{
    public string Title(string language) => "Broken panel";

    public Type Component => typeof(ThrowingPanel);
}
