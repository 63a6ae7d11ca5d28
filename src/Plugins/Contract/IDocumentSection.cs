namespace Planner.Plugins;

/// <summary>Which generated document a section is asked for.</summary>
public enum GeneratedDocument
{
    /// <summary>The draft country review report.</summary>
    CountryReviewReport,

    /// <summary>The self-assessment checklist.</summary>
    Checklist,
}

/// <summary>The document being generated, for a section.</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="Document">Which document.</param>
/// <param name="Language">Two-letter UN language code of the document.</param>
public sealed record DocumentSectionContext(Guid ReviewId, GeneratedDocument Document, string Language);

/// <summary>A section a plugin contributes: a heading and Markdown, placed by <paramref name="Order"/> among the others.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Markdown">Its body (Markdown; raw HTML is not rendered).</param>
/// <param name="Order">Lower comes first.</param>
public sealed record DocumentSectionContent(string Heading, string Markdown, int Order);

/// <summary>
/// Contributes a section to generated documents (the draft report, the checklist). Document
/// output asks every enabled plugin through the host's <c>PluginDocumentSections</c>; a section
/// that throws or hangs is left out and its plugin marked faulted.
/// </summary>
public interface IDocumentSection
{
    /// <summary>The section for this document, or null to add nothing.</summary>
    /// <param name="context">The review, the document and its language.</param>
    /// <param name="cancellationToken">Cancelled when the call runs out of time.</param>
    Task<DocumentSectionContent?> BuildAsync(DocumentSectionContext context, CancellationToken cancellationToken);
}
