using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;
using Planner.Host.Localization;
using Planner.Host.Plugins;

namespace Planner.Host.Components.Board;

/// <summary>Contains a plugin's panel: if it throws, the plugin is marked faulted and a notice shows instead.</summary>
public sealed class PluginErrorBoundary : ErrorBoundaryBase
{
    [Parameter, EditorRequired] public PluginEntry Entry { get; set; } = default!;

    [Inject] private PluginCalls Calls { get; set; } = default!;

    [Inject] private IStringLocalizer<Strings> L { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
        Calls.Faulted(Entry, $"Its tile panel threw {exception.GetType().Name}: {exception.Message}", exception);
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
            return;
        }
        builder.OpenElement(1, "p");
        builder.AddAttribute(2, "class", "message error");
        builder.AddAttribute(3, "role", "alert");
        builder.AddContent(4, L["Plugins.PanelFailed", Entry.Name].Value);
        builder.CloseElement();
    }
}
