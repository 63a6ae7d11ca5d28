using Planner.Board.Workflow;

namespace Planner.Board.Queries;

/// <summary>Someone on a review, with how to reach them (K2: experts' contact details).</summary>
public sealed record PersonView(Guid UserId, string Name, string Email, ReviewRole Role, string? Agency);
