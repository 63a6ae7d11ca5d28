using Microsoft.Extensions.Localization;
using Planner.Board.Queries;
using Planner.Board.Tiles.Commands;
using Planner.Board.Workflow;

namespace Planner.Host.Localization;

/// <summary>Turns a workflow refusal into a sentence in the user's language.</summary>
public sealed class RefusalMessages(IStringLocalizer<Strings> text)
{
    public string For(Refusal refusal, string? detail = null) => refusal switch
    {
        Refusal.VetoedByPlugin => detail ?? text["Refusal.VetoedByPlugin"],
        Refusal.TextTooLong => text["Refusal.TextTooLong", detail ?? ""],
        Refusal.FileTooLarge => text["Refusal.FileTooLarge", detail ?? ""],
        Refusal.GroupLabelTooLong => text["Refusal.GroupLabelTooLong", detail ?? ""],
        _ => text[$"Refusal.{refusal}"],
    };

    /// <summary>"Changed by X — here is the latest."</summary>
    public string Conflict(TileSummary latest) => text["Conflict.ChangedBy", latest?.LastChangedBy ?? "", latest?.Version ?? 0];

    public string NotFound() => text["Error.NotFound"];

    /// <summary>"Changed by X — here is the latest" for a resource someone edited first.</summary>
    public string ResourceConflict(Planner.Board.Resources.ResourceView? latest) =>
        text["Conflict.ChangedBy", latest?.UpdatedBy ?? "", latest?.Version ?? 0];

    /// <summary>What to tell the user about a change: null when it was applied, else why not.</summary>
    public string? For(TileChangeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            TileChangeStatus.Applied => null,
            TileChangeStatus.NotFound => NotFound(),
            TileChangeStatus.Conflict => Conflict(result.Tile!),
            TileChangeStatus.Refused => For(result.Refusal!.Value, result.Detail),
        };
    }
}
