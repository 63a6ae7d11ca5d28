namespace Planner.Board.Checklist.Previous;

/// <summary>
/// What an earlier review concluded on one article for one State: findings, conclusions and
/// recommendations (S1, A1). A new review of that State shows them on the article's tile, marked
/// "from the previous review — verify or update", for the State to confirm or bring up to date.
/// </summary>
public sealed class PreviousFinding
{
    private PreviousFinding()
    {
    }

    internal PreviousFinding(string state, int cycle, int article, string findings, string conclusions, IReadOnlyList<string> recommendations,
        string importedBy, DateTimeOffset importedAt)
    {
        Id = Guid.NewGuid();
        State = state;
        Cycle = cycle;
        Article = article;
        Findings = findings;
        Conclusions = conclusions;
        Recommendations = string.Join('\n', recommendations);
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>ISO alpha-3 code of the State reviewed.</summary>
    public string State { get; private set; } = "";

    public int Cycle { get; private set; }

    public int Article { get; private set; }

    public string Findings { get; private set; } = "";

    public string Conclusions { get; private set; } = "";

    /// <summary>One recommendation per line.</summary>
    public string Recommendations { get; private set; } = "";

    public string ImportedBy { get; private set; } = "";

    public DateTimeOffset ImportedAt { get; private set; }

    internal void Replace(string findings, string conclusions, IReadOnlyList<string> recommendations, string importedBy, DateTimeOffset importedAt)
    {
        Findings = findings;
        Conclusions = conclusions;
        Recommendations = string.Join('\n', recommendations);
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public IReadOnlyList<string> RecommendationList => [.. Recommendations.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>
/// The documented import format of a previous review (docs/previous-reviews.md): the State, the
/// cycle, and per article its findings, conclusions and recommendations.
/// </summary>
public sealed record PreviousReviewFile(string State, int Cycle, IReadOnlyList<PreviousArticle> Articles);

public sealed record PreviousArticle(int Article, string? Findings, string? Conclusions, IReadOnlyList<string>? Recommendations);

/// <summary>A previous review's findings on one tile's article, as the tile shows them.</summary>
public sealed record PreviousFindingView(int Cycle, int Article, string Findings, string Conclusions, IReadOnlyList<string> Recommendations);
