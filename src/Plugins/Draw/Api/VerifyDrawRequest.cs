using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Api;

/// <summary>A draw to replay: its recorded input, the revealed seed (hex), the commitment published
/// before it, and optionally its recorded redraws and published assignments to compare with.</summary>
public sealed record VerifyDrawRequest(DrawInput? Input, string? Seed, string? Commitment)
{
    public IReadOnlyList<SeatRedraw> Redraws { get; init; } = [];

    public IReadOnlyList<Assignment>? Published { get; init; }
}

/// <summary>Whether the seed is the one committed to, the draw the seed and input produce, and —
/// when published assignments were given — whether they are what the replay produces.</summary>
public sealed record VerifyDrawResponse(bool CommitmentMatches, DrawResult Result)
{
    public bool? PublishedMatches { get; init; }
}
