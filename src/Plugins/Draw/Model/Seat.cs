namespace Planner.Plugins.Draw.Model;

/// <summary>One of the two reviewing seats of a State under review.</summary>
public sealed record Seat(string Reviewed, SeatKind Kind)
{
    public override string ToString() => $"{Reviewed}/{Kind}";
}
