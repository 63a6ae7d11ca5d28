namespace Planner.Plugins.Draw.Model;

/// <summary>One lot: the seat, how many candidates were valid at that step, the ones tried and
/// abandoned (their subtree had no solution), and the one chosen.</summary>
public sealed record DrawStep(Seat Seat, int Candidates, IReadOnlyList<string> Abandoned, string Chosen);
