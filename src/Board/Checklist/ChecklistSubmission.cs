namespace Planner.Board.Checklist;

/// <summary>
/// The focal point's submission of the checklist to the secretariat (S6): a recorded snapshot of
/// every article's answer as submitted. A reopen is recorded on the submission it reopens, with
/// who, when and why; the snapshot itself never changes.
/// </summary>
public sealed class ChecklistSubmission
{
    private ChecklistSubmission()
    {
    }

    internal ChecklistSubmission(Guid reviewId, int number, string snapshotJson, string submittedBy, DateTimeOffset submittedAt)
    {
        Id = Guid.NewGuid();
        ReviewId = reviewId;
        Number = number;
        SnapshotJson = snapshotJson;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    /// <summary>1 for the first submission, then 2, 3… after each reopen.</summary>
    public int Number { get; private set; }

    /// <summary>Each article's answer as submitted (JSON of <see cref="SubmittedArticle"/>).</summary>
    public string SnapshotJson { get; private set; } = "[]";

    public string SubmittedBy { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? ReopenedBy { get; private set; }

    public DateTimeOffset? ReopenedAt { get; private set; }

    public string? ReopenReason { get; private set; }

    public bool IsOpen => ReopenedAt is null;

    internal void Reopen(string by, string reason, DateTimeOffset at)
    {
        ReopenedBy = by;
        ReopenReason = reason;
        ReopenedAt = at;
    }
}

/// <summary>One article in a submission: its answer and the answer's version number.</summary>
public sealed record SubmittedArticle(int Article, string Answer, int AnswerVersion);

/// <summary>A submission as the API shows it: the articles as submitted, and its reopening if any.</summary>
public sealed record ChecklistSubmissionView(int Number, string SubmittedBy, DateTimeOffset SubmittedAt, IReadOnlyList<SubmittedArticle> Articles,
    string? ReopenedBy, DateTimeOffset? ReopenedAt, string? ReopenReason)
{
    public static ChecklistSubmissionView Of(ChecklistSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new(submission.Number, submission.SubmittedBy, submission.SubmittedAt,
            System.Text.Json.JsonSerializer.Deserialize<List<SubmittedArticle>>(submission.SnapshotJson, ChecklistJson.Options) ?? [],
            submission.ReopenedBy, submission.ReopenedAt, submission.ReopenReason);
    }
}
