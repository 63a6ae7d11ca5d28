namespace Planner.Board.Resources.Commands;

/// <summary>The secretariat removes a resource from the tiles (marked removed, never erased), based on the version they saw.</summary>
public sealed class RemoveResourceCommand(ResourceChangeRunner runner)
{
    public Task<ResourceChangeResult> ExecuteAsync(Guid resourceId, int expectedVersion, Guid userId, CancellationToken cancellationToken = default) =>
        runner.RunAsync(resourceId, userId, (resource, by, now) => resource.Remove(expectedVersion, by, now), cancellationToken);
}
