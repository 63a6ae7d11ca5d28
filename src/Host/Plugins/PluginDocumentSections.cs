using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>Collects the sections enabled plugins contribute to a generated document, in order; a failing one is left out.</summary>
public sealed class PluginDocumentSections(IEnumerable<IDocumentSection> sections, PluginCalls calls)
{
    public async Task<IReadOnlyList<DocumentSectionContent>> CollectAsync(DocumentSectionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var collected = new List<DocumentSectionContent>();
        foreach (var section in sections)
        {
            var content = await calls.CallAsync(section, context.ReviewId, ct => section.BuildAsync(context, ct), null, cancellationToken)
                .ConfigureAwait(false);
            if (content is not null)
            {
                collected.Add(content);
            }
        }
        return [.. collected.OrderBy(c => c.Order)];
    }
}
