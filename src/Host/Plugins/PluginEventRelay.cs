using Planner.Board.Events;
using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>Tells plugins' workflow hooks of every saved change, each in its own scope and isolated like every plugin call.</summary>
public sealed class PluginEventRelay(IBoardEvents events, IServiceScopeFactory scopes) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = events.SubscribeAll(async e =>
        {
            if (e is not TileEvent change)
            {
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var calls = scope.ServiceProvider.GetRequiredService<PluginCalls>();
            foreach (var hook in scope.ServiceProvider.GetServices<IWorkflowHook>())
            {
                await calls.CallAsync(hook, change.ReviewId, async ct =>
                {
                    await hook.AfterChangeAsync(change, ct).ConfigureAwait(false);
                    return true;
                }, false, CancellationToken.None).ConfigureAwait(false);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }
}
