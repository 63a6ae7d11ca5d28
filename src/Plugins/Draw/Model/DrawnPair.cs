namespace Planner.Plugins.Draw.Model;

/// <summary>A pair already drawn in this cycle: <paramref name="Reviewer"/> reviews <paramref name="Reviewed"/>.</summary>
public sealed record DrawnPair(string Reviewer, string Reviewed);
