namespace Planner.Plugins.Draw.Model;

/// <summary>A redraw of one seat (D4), with its reason.</summary>
public sealed record SeatRedraw(Seat Seat, string Previous, string Chosen, int Candidates, string Reason)
{
    /// <summary>Who asked for it; records stored before this existed read as a secretariat decision.</summary>
    public RedrawReason Kind { get; init; } = RedrawReason.SecretariatDecision;
}
