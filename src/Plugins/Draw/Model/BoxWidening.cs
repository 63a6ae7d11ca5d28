namespace Planner.Plugins.Draw.Model;

/// <summary>
/// A widening of the box recorded by the secretariat: States that have performed fewer than
/// <paramref name="AdmitPerformedBelow"/> reviews enter the box, and a box seat may bring a State's
/// total to <paramref name="BoxCap"/>. Group seats keep the ordinary cap.
/// </summary>
public sealed record BoxWidening(int AdmitPerformedBelow, int BoxCap, string Reason);
