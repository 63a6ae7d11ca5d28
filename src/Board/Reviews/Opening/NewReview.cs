namespace Planner.Board.Reviews.Opening;

/// <summary>A review to open: the State under review and its two reviewing States, in a cycle's year.</summary>
public sealed record NewReview(int Cycle, int Year, string StateUnderReview, string ReviewingStateFromGroup, string ReviewingStateFromBox);

/// <summary>What opening reviews did: the reviews opened, and the States skipped because they already have a review in that cycle.</summary>
public sealed record OpenReviewsResult(OpenReviewsStatus Status, IReadOnlyList<Guid> Opened, IReadOnlyList<string> AlreadyOpen)
{
    public static OpenReviewsResult Refused(OpenReviewsStatus status) => new(status, [], []);
}

public enum OpenReviewsStatus
{
    Opened,
    NotAllowed,
    UnknownCycle,
    NoArticles,
    UnknownState,
}
