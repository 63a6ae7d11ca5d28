namespace Planner.Plugins.Draw.Model;

/// <summary>A redraw of one seat (D4), with its reason.</summary>
public sealed record SeatRedraw(Seat Seat, string Previous, string Chosen, int Candidates, string Reason);
