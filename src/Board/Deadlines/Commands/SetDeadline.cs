namespace Planner.Board.Deadlines.Commands;

/// <summary>
/// Set or adjust one deadline of a review. <c>ExpectedVersion</c> is the version the user saw:
/// 0 to create the deadline with this id. <c>Kind</c> and <c>Label</c> name a new deadline; on an
/// existing one only the label may change.
/// </summary>
public sealed record SetDeadline(
    Guid ReviewId, Guid DeadlineId, DeadlineKind Kind, string? Label, DateOnly DueDate, bool Met, string? Reason, int ExpectedVersion);
