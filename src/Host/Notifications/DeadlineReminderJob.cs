using Microsoft.Extensions.Options;
using Planner.Board.Notifications;

namespace Planner.Host.Notifications;

/// <summary>
/// Looks for approaching and overdue deadlines at start and then every
/// <see cref="NotificationOptions.CheckEvery"/>, on the host's <see cref="TimeProvider"/> (a fake
/// one in tests, which call <see cref="RunOnceAsync"/>). Each reminder is delivered once: the
/// dispatcher skips what a person already had.
/// </summary>
public sealed partial class DeadlineReminderJob(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<DeadlineReminderJob> logger)
    : BackgroundService
{
    // The timer and a test may run at once; one run at a time keeps "once" simple.
    private readonly SemaphoreSlim running = new(1, 1);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var notices = await scope.ServiceProvider.GetRequiredService<DeadlineReminders>()
                .DueAsync(today, options.Value.ReminderDaysBefore, cancellationToken).ConfigureAwait(false);
            var delivered = await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>()
                .DeliverAsync(notices, cancellationToken).ConfigureAwait(false);
            return delivered.Count;
        }
        finally
        {
            running.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed run is logged and tried again at the next tick; the host goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                RunFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public override void Dispose()
    {
        running.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deadline reminder job failed; it runs again at the next tick")]
    private partial void RunFailed(Exception exception);
}
