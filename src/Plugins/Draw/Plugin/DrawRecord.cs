using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>
/// One draw as kept in the plugin store: its input and commitment from the moment it is opened,
/// then its result and seed once it is run. The seed exists from the start (that is what the
/// commitment binds) but is shown to no one until the draw has run.
/// </summary>
public sealed record DrawRecord(
    Guid Id,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    string Commitment,
    string SeedHex,
    DrawInput Input,
    DrawResult? Result);

/// <summary>A draw as the API shows it: the seed only once revealed.</summary>
public sealed record DrawView(Guid Id, string OpenedBy, DateTimeOffset OpenedAt, string Commitment, string? Seed, DrawInput Input, DrawResult? Result)
{
    public static DrawView Of(DrawRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Id, record.OpenedBy, record.OpenedAt, record.Commitment, record.Result is null ? null : record.SeedHex, record.Input, record.Result);
    }
}

/// <summary>Redraw one seat of a run draw (D4): the State under review, which seat, and why.</summary>
public sealed record RedrawRequest(string? Reviewed, SeatKind Kind, string? Reason);
