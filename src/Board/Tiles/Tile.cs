using Planner.Board.Workflow;

namespace Planner.Board.Tiles;

/// <summary>
/// One Convention article under review, on its review's board. Every change that alters the
/// tile's state raises <see cref="Version"/>; a change based on an older version is refused
/// with <see cref="Refusal.StaleVersion"/>, so no edit is ever silently overwritten.
/// </summary>
public sealed class Tile
{
    private readonly List<Guid> assignedAgencyIds = [];
    private readonly List<AnswerVersion> answerVersions = [];
    private readonly List<Comment> comments = [];
    private readonly List<ActivityEntry> activity = [];

    private Tile()
    {
    }

    public Tile(Guid id, Guid reviewId, int articleNumber, DateOnly? dueDate = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(articleNumber, 1);
        Id = id;
        ReviewId = reviewId;
        ArticleNumber = articleNumber;
        DueDate = dueDate;
        Column = Column.Assign;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    public int ArticleNumber { get; private set; }

    public Column Column { get; private set; }

    /// <summary>Starts at 1 and rises by one with every change to column, answer or assignees.</summary>
    public int Version { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>The current answer (Markdown); its history is in <see cref="AnswerVersions"/>.</summary>
    public string Answer { get; private set; } = "";

    /// <summary>How many answers were saved; kept so that saving one need not load the history.</summary>
    public int AnswerVersionCount { get; private set; }

    public string LastChangedBy { get; private set; } = "";

    /// <summary>Whether the State shares this article with its stakeholders (A2).</summary>
    public bool SharedWithStakeholders { get; private set; }

    public DateTimeOffset? LastChangedAt { get; private set; }

    public IReadOnlyList<Guid> AssignedAgencyIds => assignedAgencyIds;

    public IReadOnlyList<AnswerVersion> AnswerVersions => answerVersions;

    public IReadOnlyList<Comment> Comments => comments;

    public IReadOnlyList<ActivityEntry> Activity => activity;

    public WorkflowDecision MoveTo(Column target, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        var decision = Check(expectedVersion, () => BoardWorkflow.CanMove(actor, this, target));
        if (decision.IsAllowed)
        {
            var from = Column;
            Column = target;
            Changed(actor, now, ActivityKind.Moved, $"{from}>{target}");
        }
        return decision;
    }

    public WorkflowDecision SaveAnswer(string text, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        var decision = Check(expectedVersion, () => Combine(
            BoardWorkflow.CanEditAnswer(actor, this),
            BoardWorkflow.CheckText(text, BoardWorkflow.MaxAnswerLength)));
        if (decision.IsAllowed)
        {
            Answer = text;
            var number = ++AnswerVersionCount;
            answerVersions.Add(new AnswerVersion(Id, number, text, actor.UserId, actor.DisplayName, now));
            Changed(actor, now, ActivityKind.AnswerSaved, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return decision;
    }

    public WorkflowDecision AssignAgencies(IReadOnlyCollection<Guid> agencyIds, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(agencyIds);
        var decision = Check(expectedVersion, () => BoardWorkflow.CanAssign(actor, this));
        if (decision.IsAllowed)
        {
            assignedAgencyIds.Clear();
            assignedAgencyIds.AddRange(agencyIds.Distinct());
            Changed(actor, now, ActivityKind.Assigned, string.Join(',', assignedAgencyIds));
        }
        return decision;
    }

    public WorkflowDecision ShareWithStakeholders(bool shared, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        var decision = Check(expectedVersion, () => BoardWorkflow.CanShare(actor));
        if (decision.IsAllowed && shared != SharedWithStakeholders)
        {
            SharedWithStakeholders = shared;
            Changed(actor, now, ActivityKind.Shared, shared ? "shared" : "unshared");
        }
        return decision;
    }

    /// <summary>
    /// Adds a comment. Comments are appended, never edited, so they need no expected version and
    /// do not raise it: a comment never makes someone else's pending edit stale.
    /// </summary>
    public (WorkflowDecision Decision, Comment? Comment) AddComment(string text, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var decision = Combine(BoardWorkflow.CanComment(actor), BoardWorkflow.CheckText(text, BoardWorkflow.MaxCommentLength));
        if (!decision.IsAllowed)
        {
            return (decision, null);
        }
        var comment = new Comment(Id, text, actor.UserId, actor.DisplayName, now);
        comments.Add(comment);
        activity.Add(new ActivityEntry(Id, ActivityKind.Commented, actor.DisplayName, now, ""));
        return (decision, comment);
    }

    private WorkflowDecision Check(int expectedVersion, Func<WorkflowDecision> rule) =>
        expectedVersion != Version ? WorkflowDecision.Refuse(Refusal.StaleVersion) : rule();

    private static WorkflowDecision Combine(WorkflowDecision first, WorkflowDecision second) =>
        first.IsAllowed ? second : first;

    private void Changed(Actor actor, DateTimeOffset now, ActivityKind kind, string detail)
    {
        Version++;
        LastChangedBy = actor.DisplayName;
        LastChangedAt = now;
        activity.Add(new ActivityEntry(Id, kind, actor.DisplayName, now, detail));
    }
}
