using Planner.Board.Resources;

namespace Planner.Host.Components.Resources;

/// <summary>The resource form's fields: a new resource (no id), or an edit of the version the user opened.</summary>
internal sealed class ResourceForm
{
    public Guid? Id { get; set; }

    public int Version { get; set; }

    public string OriginalTitle { get; set; } = "";

    /// <summary>0 for every article (a select cannot bind null).</summary>
    public int Article { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Description { get; set; }

    public string Language { get; set; } = "";

    public static ResourceForm From(ResourceView resource) => new()
    {
        Id = resource.Id,
        Version = resource.Version,
        OriginalTitle = resource.Title,
        Article = resource.ArticleNumber ?? 0,
        Title = resource.Title,
        Url = resource.Url,
        Description = resource.Description,
        Language = resource.Language ?? "",
    };

    public ResourceDraft ToDraft() => new(Article == 0 ? null : Article, Title, Url, Description, Language);
}
