namespace Planner.Plugins.Draw.Model;

/// <summary>The result for one State under review (D6): its group and box reviewers and, in the
/// UNTOC extra-draw mode, the extra reviewers drawn for instruments.</summary>
public sealed record Assignment(string Reviewed, string GroupReviewer, string BoxReviewer)
{
    public IReadOnlyList<ExtraReviewer> Extras { get; init; } = [];

    public string ReviewerOf(SeatKind kind) => kind switch
    {
        SeatKind.Group => GroupReviewer,
        SeatKind.Box => BoxReviewer,
        SeatKind.Extra => throw new ArgumentException("An extra seat is named by its instrument: use ReviewerOf(Seat).", nameof(kind)),
    };

    public string ReviewerOf(Seat seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return seat.Kind != SeatKind.Extra
            ? ReviewerOf(seat.Kind)
            : Extras.FirstOrDefault(e => e.Instrument == seat.Instrument)?.Reviewer
                ?? throw new ArgumentException($"{Reviewed} has no extra seat for {seat.Instrument}.", nameof(seat));
    }

    /// <summary>This assignment with <paramref name="reviewer"/> in <paramref name="seat"/>.</summary>
    public Assignment WithReviewer(Seat seat, string reviewer)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return seat.Kind switch
        {
            SeatKind.Group => this with { GroupReviewer = reviewer },
            SeatKind.Box => this with { BoxReviewer = reviewer },
            SeatKind.Extra => this with { Extras = [.. Extras.Select(e => e.Instrument == seat.Instrument ? e with { Reviewer = reviewer } : e)] },
        };
    }

    /// <summary>Every reviewer of this State: group, box, then extras.</summary>
    public IEnumerable<string> AllReviewers() => [GroupReviewer, BoxReviewer, .. Extras.Select(e => e.Reviewer)];

    // Extras compare by content, so a result read back from the store equals the one drawn.
    public bool Equals(Assignment? other) => other is not null && Reviewed == other.Reviewed
        && GroupReviewer == other.GroupReviewer && BoxReviewer == other.BoxReviewer && Extras.SequenceEqual(other.Extras);

    public override int GetHashCode() => HashCode.Combine(Reviewed, GroupReviewer, BoxReviewer, Extras.Count);
}
