using System.Text.Json.Serialization;

namespace Planner.Plugins.Draw.Model;

/// <summary>The criteria of the terms of reference, as data (D7, D8).</summary>
public sealed record DrawRules
{
    /// <summary>Reviews a State may perform per cycle (terms of reference ¶20).</summary>
    public int ReviewCap { get; init; } = 2;

    /// <summary>Always on: a State never reviews itself.</summary>
    public bool NoSelfReview { get; } = true;

    /// <summary>A reviews B and B reviews A in the same cycle is refused.</summary>
    public bool NoMutualReviews { get; init; } = true;

    /// <summary>A pair already drawn this cycle is not drawn again.</summary>
    public bool NoRepeatedPair { get; init; } = true;

    /// <summary>One of the two reviewers shares the reviewed State's legal system, where possible.</summary>
    public bool SimilarLegalSystemWherePossible { get; init; }

    /// <summary>UNTOC mode: per State under review, the instruments it is reviewed on; how they
    /// constrain the reviewers is <see cref="InstrumentMode"/>.</summary>
    [JsonConverter(typeof(InstrumentsByStateJsonConverter))]
    public IReadOnlyDictionary<string, IReadOnlySet<string>> RequiredInstruments { get; init; } =
        new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>Every reviewer party to each instrument (default), or an extra draw for the missing ones.</summary>
    public InstrumentMode InstrumentMode { get; init; } = InstrumentMode.RequireOnEveryReviewer;

    /// <summary>Repeats the State under review may ask for per review (D4); withdrawals and
    /// secretariat decisions do not count.</summary>
    public int RepeatRequestsPerReview { get; init; } = 2;

    /// <summary>Keep the later years of the cycle satisfiable (see README). Off only to compare with a naive draw.</summary>
    public bool LookAhead { get; init; } = true;

    /// <summary>Safety limit on search nodes; beyond it the draw fails rather than hangs.</summary>
    public int MaxSearchNodes { get; init; } = 20_000;
}
