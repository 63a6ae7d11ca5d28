using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Sessions;

/// <summary>
/// One draw as kept in the plugin store: its input and commitment from the moment it is opened,
/// then its result and seed once it is run. The seed exists from the start (that is what the
/// commitment binds) but is shown to no one until the draw has run. A draw built from Planner's
/// data knows its cycle and year; reviewers kept from the previous phase (D5) are recorded beside
/// the lots; the reviews opened from it are recorded once opened.
/// </summary>
public sealed record DrawRecord(
    Guid Id,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    string Commitment,
    string SeedHex,
    DrawInput Input,
    DrawResult? Result)
{
    public int? Cycle { get; init; }

    public int? Year { get; init; }

    public IReadOnlyList<Assignment> Kept { get; init; } = [];

    public IReadOnlyList<Guid> OpenedReviews { get; init; } = [];

    /// <summary>For a draw covering the whole cycle (D5): each State's year in the schedule.</summary>
    public IReadOnlyDictionary<string, int> YearOfState { get; init; } = new Dictionary<string, int>();

    /// <summary>The assignments of the draw and those kept, one per State under review.</summary>
    public IReadOnlyList<Assignment> Assignments =>
        [.. Kept.Concat(Result is { Succeeded: true } r ? r.Assignments : []).OrderBy(a => a.Reviewed, StringComparer.Ordinal)];
}

/// <summary>Where a draw built from Planner's data belongs: cycle and year, reviewers kept (D5), years of a whole-cycle draw.</summary>
public sealed record DrawContext(int Cycle, int Year, IReadOnlyList<Assignment> Kept, IReadOnlyDictionary<string, int> YearOfState);

/// <summary>A draw as the API shows it: the seed only once revealed.</summary>
public sealed record DrawView(Guid Id, string OpenedBy, DateTimeOffset OpenedAt, string Commitment, string? Seed, DrawInput Input, DrawResult? Result)
{
    public int? Cycle { get; init; }

    public int? Year { get; init; }

    public IReadOnlyList<Assignment> Kept { get; init; } = [];

    public IReadOnlyList<Guid> OpenedReviews { get; init; } = [];

    public IReadOnlyDictionary<string, int> YearOfState { get; init; } = new Dictionary<string, int>();

    public static DrawView Of(DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.OpenedBy, record.OpenedAt, record.Commitment, record.Result is null ? null : record.SeedHex, record.Input, record.Result)
        {
            Cycle = record.Cycle,
            Year = record.Year,
            Kept = record.Kept,
            OpenedReviews = record.OpenedReviews,
            YearOfState = record.YearOfState,
        };
    }
}
