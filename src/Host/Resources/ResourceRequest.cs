using Planner.Board.Resources;

namespace Planner.Host.Resources;

/// <summary>
/// A resource as sent to the API: <c>Title</c> (required), <c>Url</c> (absolute http or https) and/or
/// <c>Description</c>, <c>ArticleNumber</c> (none: every article), <c>Language</c> (en, fr, es, ru,
/// zh, ar or none) and, to edit, <c>ExpectedVersion</c>: the version you saw.
/// </summary>
public sealed record ResourceRequest(int? ArticleNumber, string? Title, string? Url, string? Description, string? Language, int ExpectedVersion = 0)
{
    public ResourceDraft ToDraft() => new(ArticleNumber, Title, Url, Description, Language);
}
