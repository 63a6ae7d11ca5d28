namespace Planner.Board.Deadlines;

/// <summary>The new state of a deadline and why it changes (the reason is mandatory).</summary>
public sealed record DeadlineUpdate(DateOnly DueDate, bool Met, string Reason);
