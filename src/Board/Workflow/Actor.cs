namespace Planner.Board.Workflow;

/// <summary>Who is acting, and as what, on one review.</summary>
public sealed record Actor(Guid UserId, string DisplayName, ReviewRole Role, Guid? AgencyId = null);
