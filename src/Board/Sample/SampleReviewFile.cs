using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Sample;

/// <summary>The shape of a sample review file (see samples/data): a review and where its tiles stand.</summary>
public sealed record SampleReviewFile(
    int Cycle,
    int CycleFirstYear,
    int CycleLastYear,
    int Year,
    string StateUnderReview,
    string ReviewingStateFromGroup,
    string ReviewingStateFromBox,
    IReadOnlyList<string> StatesParties,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<SampleUser> Users,
    IReadOnlyList<SampleTile> Tiles)
{
    /// <summary>Groups for parties outside the UN list's groups (e.g. Cook Islands, Niue), by ISO code.</summary>
    public IReadOnlyDictionary<string, States.RegionalGroup> StateGroups { get; init; } = new Dictionary<string, States.RegionalGroup>();

    /// <summary>An earlier review of the State, in the documented import format, to show prefilled findings.</summary>
    public Checklist.Previous.PreviousReviewFile? PreviousReview { get; init; }

    /// <summary>Guidance material shown on the tiles, added as the first secretariat user of the sample.</summary>
    public IReadOnlyList<SampleResource> Resources { get; init; } = [];
}

/// <summary>A resource of the sample: for one article (or null: every article), with a link and/or a description.</summary>
public sealed record SampleResource(int? Article, string Title, string? Url, string? Description, string? Language);

/// <summary>
/// A demo user: their role on the sample review and, for agency experts, their agency. The
/// password is for development only: hosts create demo accounts only when told to.
/// </summary>
public sealed record SampleUser(string Name, string Email, ReviewRole Role, string? Agency, string? Password = null);

/// <summary>
/// Where a tile stands: its column, agencies and named experts (by user name), answer and comments
/// (written by the named users), and how the State arranged it (group label, priority).
/// </summary>
public sealed record SampleTile(
    int Article,
    Column Column,
    string? DueDate,
    IReadOnlyList<string>? Agencies,
    string? Answer,
    string? AnsweredBy,
    IReadOnlyList<SampleComment>? Comments,
    bool SharedWithStakeholders = false,
    IReadOnlyList<string>? Experts = null,
    string? Group = null,
    bool Priority = false);

public sealed record SampleComment(string By, string Text);
