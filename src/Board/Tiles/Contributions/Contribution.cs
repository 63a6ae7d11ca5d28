using System.Text.Json;
using Planner.Board.Checklist;

namespace Planner.Board.Tiles.Contributions;

/// <summary>One answer to one checklist question: a compliance choice (for compliance questions) and text.</summary>
public sealed record QuestionAnswer(string Key, Compliance? Choice, string Text);

/// <summary>
/// One agency's contribution to a tile (G1): its answers to the tile's questions, and whether the
/// agency marked its part done. Several agencies on one tile each keep their own, attributed;
/// the focal point compiles them into the State's answer. Every save is a new version, and a save
/// based on an old version is refused (<see cref="Version"/> is the concurrency token).
/// </summary>
public sealed class Contribution
{
    private readonly List<ContributionVersion> versions = [];
    private string answersJson = "[]";
    private IReadOnlyList<QuestionAnswer>? answers;

    private Contribution()
    {
    }

    internal Contribution(Guid tileId, Guid agencyId)
    {
        Id = Guid.NewGuid();
        TileId = tileId;
        AgencyId = agencyId;
    }

    public Guid Id { get; private set; }

    public Guid TileId { get; private set; }

    public Guid AgencyId { get; private set; }

    /// <summary>0 before the first save, then 1, 2…</summary>
    public int Version { get; private set; }

    public bool Done { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public DateTimeOffset? UpdatedAt { get; private set; }

    public IReadOnlyList<QuestionAnswer> Answers =>
        answers ??= JsonSerializer.Deserialize<List<QuestionAnswer>>(answersJson, ChecklistJson.Options) ?? [];

    public IReadOnlyList<ContributionVersion> Versions => versions;

    internal void Save(IReadOnlyList<QuestionAnswer> newAnswers, bool done, string by, DateTimeOffset at)
    {
        answersJson = JsonSerializer.Serialize(newAnswers, ChecklistJson.Options);
        answers = null;
        Done = done;
        UpdatedBy = by;
        UpdatedAt = at;
        Version++;
        versions.Add(new ContributionVersion(Id, Version, answersJson, done, by, at));
    }
}

/// <summary>A saved version of a contribution, kept forever.</summary>
public sealed class ContributionVersion
{
    private ContributionVersion()
    {
    }

    internal ContributionVersion(Guid contributionId, int number, string answersJson, bool done, string authorName, DateTimeOffset savedAt)
    {
        Id = Guid.NewGuid();
        ContributionId = contributionId;
        Number = number;
        AnswersJson = answersJson;
        Done = done;
        AuthorName = authorName;
        SavedAt = savedAt;
    }

    public Guid Id { get; private set; }

    public Guid ContributionId { get; private set; }

    public int Number { get; private set; }

    public string AnswersJson { get; private set; } = "[]";

    public bool Done { get; private set; }

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset SavedAt { get; private set; }

    public IReadOnlyList<QuestionAnswer> Answers => JsonSerializer.Deserialize<List<QuestionAnswer>>(AnswersJson, ChecklistJson.Options) ?? [];
}
