using Markdig;

namespace Planner.Host.Markdown;

/// <summary>
/// Renders answers and comments. Raw HTML in the Markdown is disabled: it is shown as text,
/// never run. (Sanitising the output as well comes with the security feature.)
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseListExtras()
        .UseEmphasisExtras()
        .Build();

    public static string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToHtml(markdown, Pipeline);
}
