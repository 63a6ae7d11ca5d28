using Microsoft.EntityFrameworkCore;
using Planner.Board.Convention;
using Planner.Board.Persistence;

namespace Planner.Board.Resources;

/// <summary>Reads the resources: for an article (everyone signed in; guidance is public material), or all of them (the secretariat's list).</summary>
public sealed class ResourceQueries(PlannerDbContext db, ConventionCatalog catalog)
{
    /// <summary>
    /// The resources for one article and those for every article; with a language, only those in it
    /// or in no particular language. Null when the Convention has no such article.
    /// </summary>
    public async Task<IReadOnlyList<ResourceView>?> ForArticleAsync(int articleNumber, string? language = null, CancellationToken cancellationToken = default)
    {
        if (catalog.FindArticle(articleNumber) is null)
        {
            return null;
        }
        var query = db.Resources.AsNoTracking().Where(r => !r.IsRemoved && (r.ArticleNumber == articleNumber || r.ArticleNumber == null));
        if (!string.IsNullOrWhiteSpace(language))
        {
            var code = language.Trim().ToLowerInvariant();
            query = query.Where(r => r.Language == null || r.Language == code);
        }
        var found = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        // The article's own material first, then the general guidance.
        return [.. found.OrderBy(r => r.ArticleNumber is null).ThenBy(r => r.Title, StringComparer.CurrentCulture).Select(ResourceView.From)];
    }

    /// <summary>Every resource in use, by article (general ones first); null for anyone but the secretariat.</summary>
    public async Task<IReadOnlyList<ResourceView>?> AllAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        if (await ResourceRules.SecretariatAsync(db, userId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }
        var found = await db.Resources.AsNoTracking().Where(r => !r.IsRemoved).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. found.OrderBy(r => r.ArticleNumber ?? 0).ThenBy(r => r.Title, StringComparer.CurrentCulture).Select(ResourceView.From)];
    }
}
