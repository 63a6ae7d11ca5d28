namespace Planner.Plugins.Draw.Model;

/// <summary>Everything a draw depends on; with the seed, enough to replay it.</summary>
public sealed record DrawInput
{
    public required IReadOnlyList<ReviewedState> UnderReview { get; init; }

    public required IReadOnlyList<Candidate> Pool { get; init; }

    public IReadOnlyList<DrawnPair> History { get; init; } = [];

    public DrawRules Rules { get; init; } = new();

    /// <summary>Widenings of the box, in the order recorded; the last one is in force.</summary>
    public IReadOnlyList<BoxWidening> BoxWidenings { get; init; } = [];

    /// <summary>States reviewed in the later years of this cycle, for the look-ahead.</summary>
    public IReadOnlyList<ReviewedState> LaterYears { get; init; } = [];

    internal int BoxAdmitBelow => BoxWidenings.Count == 0 ? Rules.ReviewCap : BoxWidenings[^1].AdmitPerformedBelow;

    internal int BoxCap => BoxWidenings.Count == 0 ? Rules.ReviewCap : Math.Max(Rules.ReviewCap, BoxWidenings[^1].BoxCap);
}
