namespace Planner.Plugins;

/// <summary>
/// Work the host runs at an interval (e.g. reminders). Each run gets a fresh service scope; a run
/// that throws is logged and marks the plugin faulted, and the next run still happens.
/// </summary>
public interface IScheduledJob
{
    /// <summary>How often to run.</summary>
    TimeSpan Interval { get; }

    /// <summary>One run.</summary>
    /// <param name="services">A scope's services for this run.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
