using Planner.Plugins;

namespace Planner.Host.Plugins;

/// <summary>Runs plugins' scheduled jobs at their intervals, each run in a fresh scope and isolated.</summary>
public sealed class PluginJobRunner(IServiceScopeFactory scopes, IEnumerable<IScheduledJob> jobs) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(jobs.Select(job => RunEveryAsync(job, stoppingToken)));

    private async Task RunEveryAsync(IScheduledJob job, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(job.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            await using var scope = scopes.CreateAsyncScope();
            var calls = scope.ServiceProvider.GetRequiredService<PluginCalls>();
            await calls.CallAsync(job, null, async ct =>
            {
                await job.RunAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
                return true;
            }, false, stoppingToken).ConfigureAwait(false);
        }
    }
}
