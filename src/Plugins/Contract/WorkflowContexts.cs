using Planner.Board.Queries;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Plugins;

/// <summary>A tile about to move. The built-in workflow has already allowed it.</summary>
/// <param name="Actor">Who moves it, with their role on the review.</param>
/// <param name="Tile">The tile as it is now.</param>
/// <param name="Target">The column it would move to.</param>
public sealed record TileMoveContext(Actor Actor, TileSummary Tile, Column Target);

/// <summary>An answer about to be saved.</summary>
/// <param name="Actor">Who saves it.</param>
/// <param name="Tile">The tile as it is now.</param>
/// <param name="Text">The new answer (Markdown).</param>
public sealed record AnswerSaveContext(Actor Actor, TileSummary Tile, string Text);

/// <summary>A comment about to be added.</summary>
/// <param name="Actor">Who writes it.</param>
/// <param name="Tile">The tile commented on.</param>
/// <param name="Text">The comment (Markdown).</param>
public sealed record CommentContext(Actor Actor, TileSummary Tile, string Text);

/// <summary>What a hook says before a change: go ahead, or refuse with a reason shown to the user as written.</summary>
/// <param name="Refusal">Null to allow; otherwise the reason, in the user's language where the plugin can.</param>
public sealed record HookDecision(string? Refusal)
{
    /// <summary>Let the change happen.</summary>
    public static HookDecision Allow { get; } = new((string?)null);

    /// <summary>Whether the change may go ahead.</summary>
    public bool IsAllowed => Refusal is null;

    /// <summary>Refuse the change.</summary>
    /// <param name="reason">A sentence the user reads, e.g. "Two reviewers must approve before Finalise."</param>
    public static HookDecision Refuse(string reason) => new(reason);
}
