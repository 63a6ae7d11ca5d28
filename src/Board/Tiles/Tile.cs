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
    private readonly List<Guid> assignedExpertIds = [];
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
        Position = articleNumber;
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

    /// <summary>The agency experts named as responsible for the answer (G2); each belongs to an assigned agency.</summary>
    public IReadOnlyList<Guid> AssignedExpertIds => assignedExpertIds;

    /// <summary>A short label the State groups articles under (A1), or empty.</summary>
    public string GroupLabel { get; private set; } = "";

    /// <summary>Marked as a priority: it answers a recommendation of the previous cycle (A1).</summary>
    public bool Priority { get; private set; }

    /// <summary>Where the tile stands in its column: columns list tiles by this, then by article.</summary>
    public double Position { get; private set; }

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
        return Assign(new TileAssignment(agencyIds.ToList()), actor, expectedVersion, now);
    }

    /// <summary>
    /// Sets the agencies, named experts and due date. A tile waiting in Assign that gets at least
    /// one agency goes to Answer in the same change (one version step, both in the activity):
    /// assigning is what sends the article to be answered (S2).
    /// </summary>
    public WorkflowDecision Assign(TileAssignment assignment, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        var decision = MayAssign(assignment, actor, expectedVersion);
        if (!decision.IsAllowed)
        {
            return decision;
        }
        assignedAgencyIds.Clear();
        assignedAgencyIds.AddRange(assignment.AgencyIds.Distinct());
        assignedExpertIds.Clear();
        assignedExpertIds.AddRange((assignment.Experts ?? []).Select(e => e.UserId).Distinct());
        if (assignment.DueDate is { } due)
        {
            DueDate = due;
        }
        Changed(actor, now, ActivityKind.Assigned, string.Join(',', assignedAgencyIds));
        if (Column == Column.Assign && assignedAgencyIds.Count > 0)
        {
            Column = Column.Answer;
            activity.Add(new ActivityEntry(Id, ActivityKind.Moved, actor.DisplayName, now, $"{Column.Assign}>{Column.Answer}"));
        }
        return decision;
    }

    /// <summary>Whether <see cref="Assign"/> would be allowed, without changing anything (so a caller can ask the move guards first).</summary>
    public WorkflowDecision MayAssign(TileAssignment assignment, Actor actor, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return Check(expectedVersion, () => Combine(BoardWorkflow.CanAssign(actor, this), BoardWorkflow.CheckAssignment(assignment)));
    }

    /// <summary>Sets the group label and the priority mark (A1).</summary>
    public WorkflowDecision Arrange(string? groupLabel, bool priority, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        var label = groupLabel?.Trim() ?? "";
        var decision = Check(expectedVersion, () => Combine(
            BoardWorkflow.CanArrange(actor),
            label.Length > BoardWorkflow.MaxGroupLabelLength
                ? WorkflowDecision.Refuse(Refusal.GroupLabelTooLong, BoardWorkflow.MaxGroupLabelLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : WorkflowDecision.Allowed));
        if (decision.IsAllowed && (label != GroupLabel || priority != Priority))
        {
            GroupLabel = label;
            Priority = priority;
            Changed(actor, now, ActivityKind.Arranged, priority ? $"{label}|priority" : label);
        }
        return decision;
    }

    /// <summary>Puts the tile at <paramref name="position"/> in its column; the caller works out the place between its neighbours.</summary>
    public WorkflowDecision PlaceAt(double position, Actor actor, int expectedVersion, DateTimeOffset now)
    {
        var decision = Check(expectedVersion, () => BoardWorkflow.CanArrange(actor));
        if (decision.IsAllowed)
        {
            Position = position;
            Changed(actor, now, ActivityKind.Reordered, "");
        }
        return decision;
    }

    /// <summary>
    /// Spreads positions out again without changing the order, when there is no room left between
    /// two neighbours. The tile's state as a user sees it does not change, so neither does its version.
    /// </summary>
    internal void Renumber(double position) => Position = position;

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
