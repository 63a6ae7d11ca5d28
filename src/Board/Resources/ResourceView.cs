namespace Planner.Board.Resources;

/// <summary>A resource as the API and the pages show it.</summary>
public sealed record ResourceView(
    Guid Id, int? ArticleNumber, string Title, string? Url, string? Description, string? Language,
    int Version, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public static ResourceView From(ArticleResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new(resource.Id, resource.ArticleNumber, resource.Title, resource.Url, resource.Description, resource.Language,
            resource.Version, resource.UpdatedByName, resource.UpdatedAt);
    }
}
