namespace Planner.Host.Api;

/// <summary>Move a tile. <c>Column</c> is Assign, Answer, Review or Finalise; <c>ExpectedVersion</c> the version you saw.</summary>
public sealed record MoveTileRequest(string? Column, int ExpectedVersion);

/// <summary>Save a new answer (Markdown) based on the version you saw.</summary>
public sealed record SaveAnswerRequest(string? Text, int ExpectedVersion);

/// <summary>
/// Assign a tile, based on the version you saw: the agencies that answer it, optionally the named
/// experts (agency experts of those agencies) and a due date. Omitted, both stay as they are (named
/// experts of an agency no longer assigned are dropped). A tile in Assign that gets an agency goes
/// to Answer in the same change.
/// </summary>
public sealed record AssignAgenciesRequest(IReadOnlyList<Guid>? AgencyIds, int ExpectedVersion, IReadOnlyList<Guid>? ExpertIds = null, DateOnly? DueDate = null);

/// <summary>Give a tile a group label (empty for none) and mark it as a priority, based on the version you saw.</summary>
public sealed record ArrangeTileRequest(string? GroupLabel, bool Priority, int ExpectedVersion);

/// <summary>Move a tile one place within its column: <c>Direction</c> is "up" or "down".</summary>
public sealed record ReorderTileRequest(string? Direction, int ExpectedVersion);

/// <summary>Add a comment.</summary>
public sealed record AddCommentRequest(string? Text);
