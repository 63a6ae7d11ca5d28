using Planner.Board.Convention;
using Planner.Board.Tiles;

namespace Planner.Board.Queries;

/// <summary>A tile as a board shows it.</summary>
public sealed record TileSummary(
    Guid Id,
    Guid ReviewId,
    int ArticleNumber,
    int Chapter,
    LocalizedText ArticleTitle,
    Column Column,
    int Version,
    DateOnly? DueDate,
    IReadOnlyList<Guid> AssignedAgencyIds,
    bool HasAnswer,
    bool SharedWithStakeholders,
    string LastChangedBy,
    DateTimeOffset? LastChangedAt)
{
    /// <summary>The agency experts named as responsible (G2).</summary>
    public IReadOnlyList<Guid> AssignedExpertIds { get; init; } = [];

    /// <summary>The State's group label for the article (A1), or empty.</summary>
    public string GroupLabel { get; init; } = "";

    /// <summary>Marked as a priority: it answers a previous cycle's recommendation (A1).</summary>
    public bool Priority { get; init; }

    /// <summary>Where the tile stands in its column; columns list tiles by this, then by article.</summary>
    public double Position { get; init; }

    /// <summary>Past its due date and not yet in Finalise: the article is late.</summary>
    public bool IsOverdueOn(DateOnly today) => DueDate is { } due && due < today && Column != Column.Finalise;

    public static TileSummary From(Tile tile, ConventionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(tile);
        ArgumentNullException.ThrowIfNull(catalog);
        var article = catalog.FindArticle(tile.ArticleNumber);
        return new TileSummary(
            tile.Id, tile.ReviewId, tile.ArticleNumber, article?.Chapter ?? 0,
            article?.Title ?? new LocalizedText { En = $"Article {tile.ArticleNumber}" },
            tile.Column, tile.Version, tile.DueDate, tile.AssignedAgencyIds.ToList(),
            !string.IsNullOrWhiteSpace(tile.Answer), tile.SharedWithStakeholders, tile.LastChangedBy, tile.LastChangedAt)
        {
            AssignedExpertIds = tile.AssignedExpertIds.ToList(),
            GroupLabel = tile.GroupLabel,
            Priority = tile.Priority,
            Position = tile.Position,
        };
    }
}
