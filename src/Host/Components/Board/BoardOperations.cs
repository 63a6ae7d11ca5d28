namespace Planner.Host.Components.Board;

/// <summary>
/// Runs each board operation of a Blazor circuit in a scope of its own. A circuit lives for
/// hours and receives events while the user acts, so it must not share one DbContext.
/// </summary>
public sealed class BoardOperations(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> operation) where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<TService>()).ConfigureAwait(false);
    }
}
