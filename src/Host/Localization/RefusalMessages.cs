using Microsoft.Extensions.Localization;
using Planner.Board.Queries;
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
        _ => text[$"Refusal.{refusal}"],
    };

    /// <summary>"Changed by X — here is the latest."</summary>
    public string Conflict(TileSummary latest) => text["Conflict.ChangedBy", latest?.LastChangedBy ?? "", latest?.Version ?? 0];

    public string NotFound() => text["Error.NotFound"];
}
