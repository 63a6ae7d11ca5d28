namespace Planner.Plugins.Draw.Model;

/// <summary>The outcome of a draw: assignments and steps, or a failure.</summary>
public sealed record DrawResult
{
    public required DrawInput Input { get; init; }

    public required string SeedHex { get; init; }

    public IReadOnlyList<Assignment> Assignments { get; init; } = [];

    public IReadOnlyList<DrawStep> Steps { get; init; } = [];

    public IReadOnlyList<SeatRedraw> Redraws { get; init; } = [];

    public DrawFailure? Failure { get; init; }

    /// <summary>True when the legal-system preference could not be met and was dropped.</summary>
    public bool LegalSystemRelaxed { get; init; }

    /// <summary>Candidates tried by the search (one per assignment attempt), for benchmarks.</summary>
    public int SearchNodes { get; init; }

    public bool Succeeded => Failure is null;

    public Assignment For(string reviewed) => Assignments.Single(a => a.Reviewed == reviewed);
}
