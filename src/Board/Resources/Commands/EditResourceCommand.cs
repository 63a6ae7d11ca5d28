using Planner.Board.Convention;

namespace Planner.Board.Resources.Commands;

/// <summary>The secretariat edits a resource, based on the version they saw.</summary>
public sealed class EditResourceCommand(ResourceChangeRunner runner, ConventionCatalog catalog)
{
    public Task<ResourceChangeResult> ExecuteAsync(Guid resourceId, ResourceDraft draft, int expectedVersion, Guid userId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return runner.RunAsync(resourceId, userId, (resource, by, now) => resource.Edit(draft, expectedVersion, catalog, by, now), cancellationToken);
    }
}
