using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Planner.Board.Convention;
using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Workflow;

namespace Planner.Board.Resources;

/// <summary>
/// What a resource must be (S5, K2: guidance material per article): a title; a link that is an
/// absolute http or https address (nothing else can be opened safely from every screen) and/or a
/// short description; a Convention article or none (every article); one of the six UN languages
/// or none. Only the secretariat keeps the list.
/// </summary>
public static class ResourceRules
{
    /// <summary>The user when they are secretariat staff; null for anyone else.</summary>
    public static async Task<User?> SecretariatAsync(PlannerDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        return user is { IsSecretariat: true } ? user : null;
    }

    /// <summary>Checks a normalised draft.</summary>
    public static WorkflowDecision Check(ResourceDraft draft, ConventionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(catalog);
        if (draft.Title is null)
        {
            return WorkflowDecision.Refuse(Refusal.ResourceTitleRequired);
        }
        if (draft.Url is null && draft.Description is null)
        {
            return WorkflowDecision.Refuse(Refusal.ResourceNeedsLinkOrDescription);
        }
        if (draft.Url is not null && Link(draft.Url) is null)
        {
            return WorkflowDecision.Refuse(Refusal.ResourceLinkNotAllowed);
        }
        if (draft.ArticleNumber is { } number && catalog.FindArticle(number) is null)
        {
            return WorkflowDecision.Refuse(Refusal.UnknownArticle);
        }
        if (draft.Language is not null && !UnLanguages.All.Contains(draft.Language))
        {
            return WorkflowDecision.Refuse(Refusal.UnknownLanguage);
        }
        return TooLong(draft.Title, ArticleResource.MaxTitleLength)
            ?? TooLong(draft.Url, ArticleResource.MaxUrlLength)
            ?? TooLong(draft.Description, ArticleResource.MaxDescriptionLength)
            ?? WorkflowDecision.Allowed;
    }

    /// <summary>The link as an absolute http(s) address with a host, or null for anything else (javascript:, data:, relative, file:).</summary>
    public static Uri? Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host)
            ? uri
            : null;

    private static WorkflowDecision? TooLong(string? text, int max) => text is not null && text.Length > max
        ? WorkflowDecision.Refuse(Refusal.TextTooLong, max.ToString(CultureInfo.InvariantCulture))
        : null;
}
