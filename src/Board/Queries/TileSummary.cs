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
            !string.IsNullOrWhiteSpace(tile.Answer), tile.SharedWithStakeholders, tile.LastChangedBy, tile.LastChangedAt);
    }
}
