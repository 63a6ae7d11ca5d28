using Planner.Board.Convention;
using Planner.Board.People;
using Planner.Board.Workflow;

namespace Planner.Board.Resources;

/// <summary>
/// One piece of guidance material the secretariat keeps for an article, or for every article.
/// Every change raises <see cref="Version"/>, so two editors never overwrite each other; removing
/// one only marks it removed (nothing is erased; the audit log keeps every change).
/// </summary>
public sealed class ArticleResource
{
    public const int MaxTitleLength = 200;
    public const int MaxUrlLength = 2_000;
    public const int MaxDescriptionLength = 1_000;

    private ArticleResource()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The Convention article it is for; null for every article.</summary>
    public int? ArticleNumber { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>An absolute http or https address.</summary>
    public string? Url { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The UN language of the material ("en", "fr", …); null when it is in several or none applies.</summary>
    public string? Language { get; private set; }

    public bool IsRemoved { get; private set; }

    public int Version { get; private set; }

    public Guid UpdatedById { get; private set; }

    public string UpdatedByName { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public static (WorkflowDecision Decision, ArticleResource? Resource) Create(
        Guid id, ResourceDraft draft, ConventionCatalog catalog, User by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var resource = new ArticleResource { Id = id };
        var decision = resource.Apply(draft.Normalized(), catalog, by, now);
        return decision.IsAllowed ? (decision, resource) : (decision, null);
    }

    public WorkflowDecision Edit(ResourceDraft draft, int expectedVersion, ConventionCatalog catalog, User by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return expectedVersion != Version
            ? WorkflowDecision.Refuse(Refusal.StaleVersion)
            : Apply(draft.Normalized(), catalog, by, now);
    }

    public WorkflowDecision Remove(int expectedVersion, User by, DateTimeOffset now)
    {
        if (expectedVersion != Version)
        {
            return WorkflowDecision.Refuse(Refusal.StaleVersion);
        }
        IsRemoved = true;
        Touch(by, now);
        return WorkflowDecision.Allowed;
    }

    private WorkflowDecision Apply(ResourceDraft draft, ConventionCatalog catalog, User by, DateTimeOffset now)
    {
        var decision = ResourceRules.Check(draft, catalog);
        if (!decision.IsAllowed)
        {
            return decision;
        }
        ArticleNumber = draft.ArticleNumber;
        Title = draft.Title!;
        // Stored in the form Uri gives it (escaped), so it is safe in an href as it is.
        Url = draft.Url is null ? null : ResourceRules.Link(draft.Url)!.AbsoluteUri;
        Description = draft.Description;
        Language = draft.Language;
        Touch(by, now);
        return decision;
    }

    private void Touch(User by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        UpdatedById = by.Id;
        UpdatedByName = by.DisplayName;
        UpdatedAt = now;
        Version++;
    }
}
