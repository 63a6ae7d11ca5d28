namespace Planner.Host.Api;

/// <summary>Move a tile. <c>Column</c> is Assign, Answer, Review or Finalise; <c>ExpectedVersion</c> the version you saw.</summary>
public sealed record MoveTileRequest(string? Column, int ExpectedVersion);

/// <summary>Save a new answer (Markdown) based on the version you saw.</summary>
public sealed record SaveAnswerRequest(string? Text, int ExpectedVersion);

/// <summary>Set the agencies that answer a tile, based on the version you saw.</summary>
public sealed record AssignAgenciesRequest(IReadOnlyList<Guid>? AgencyIds, int ExpectedVersion);

/// <summary>Add a comment.</summary>
public sealed record AddCommentRequest(string? Text);
