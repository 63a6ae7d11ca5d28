using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Queries;

/// <summary>Everything the tile view shows, and what the asking user may do with it.</summary>
public sealed record TileDetail(
    TileSummary Tile,
    string ArticleTextEn,
    string Answer,
    IReadOnlyList<AnswerVersionView> AnswerHistory,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyList<ActivityView> Activity,
    IReadOnlyList<AgencyView> Agencies,
    YourPermissions You)
{
    /// <summary>The review's agency experts, who may be named on the tile (empty for stakeholders).</summary>
    public IReadOnlyList<ExpertView> Experts { get; init; } = [];
}

public sealed record AnswerVersionView(int Number, string Text, string AuthorName, DateTimeOffset SavedAt);

public sealed record CommentView(Guid Id, string Text, string AuthorName, DateTimeOffset PostedAt);

public sealed record ActivityView(ActivityKind Kind, string ActorName, DateTimeOffset At, string Detail);

public sealed record AgencyView(Guid Id, string Name);

/// <summary>What the asking user may do now; the server checks again on every change.</summary>
public sealed record YourPermissions(ReviewRole Role, IReadOnlyList<Column> MoveTargets, bool CanEditAnswer, bool CanAssign, bool CanComment, bool CanShare)
{
    /// <summary>May group, mark and order tiles (A1).</summary>
    public bool CanArrange { get; init; }
}
