namespace Planner.Plugins.Draw.Parties;

/// <summary>
/// A review performed before Planner (imported) or opened in Planner: who was reviewed in which cycle
/// and year, by whom, and when its executive summary was published (for policy (c) of D1).
/// </summary>
public sealed record PastReview(int Cycle, int Year, string Reviewed, IReadOnlyList<string> Reviewers, DateOnly? ExecutiveSummary = null);
