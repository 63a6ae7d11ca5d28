namespace Planner.Plugins.Draw.Model;

/// <summary>Why no assignment exists: the blocking rule, the seat, and a widening that would help.</summary>
public sealed record DrawFailure(string Rule, Seat? Seat, string Message, string Suggestion);
