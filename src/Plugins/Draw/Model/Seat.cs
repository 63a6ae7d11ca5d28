namespace Planner.Plugins.Draw.Model;

/// <summary>A reviewing seat of a State under review: its group or box seat, or an extra seat for
/// one <paramref name="Instrument"/> (only for <see cref="SeatKind.Extra"/>).</summary>
public sealed record Seat(string Reviewed, SeatKind Kind, string? Instrument = null)
{
    // Group and box seats print as before: the text is part of a redraw's seed stream.
    public override string ToString() => Instrument is null ? $"{Reviewed}/{Kind}" : $"{Reviewed}/{Kind}:{Instrument}";
}
