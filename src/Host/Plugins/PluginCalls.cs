namespace Planner.Host.Plugins;

/// <summary>
/// Runs one call into a plugin so that the plugin cannot hurt the host: skipped when the plugin is
/// not running or not enabled on the review, cut off after the hook timeout, and a throw or a
/// hang marks the plugin faulted (logged) instead of failing the user's action.
/// </summary>
public sealed partial class PluginCalls(PluginCatalog catalog, PluginSettings settings, Microsoft.Extensions.Options.IOptions<PluginOptions> options,
    ILogger<PluginCalls> logger)
{
    /// <summary>Calls the capability's plugin; returns the fallback when it was skipped or failed.</summary>
    public async Task<T> CallAsync<T>(object capability, Guid? reviewId, Func<CancellationToken, Task<T>> call, T fallback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var entry = catalog.Of(capability);
        if (entry is not { IsRunning: true } || !await settings.IsEnabledAsync(entry.Id, reviewId, cancellationToken).ConfigureAwait(false))
        {
            return fallback;
        }
        var timeout = options.Value.HookTimeout;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            // WaitAsync cuts the call off even when the plugin ignores the token.
            return await call(limit.Token).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Faulted(entry, $"It did not answer within {timeout.TotalSeconds:0.#} s.", null);
        }
#pragma warning disable CA1031 // Isolation is the point: whatever a plugin throws is contained here.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            Faulted(entry, $"{ex.GetType().Name}: {ex.Message}", ex);
        }
        return fallback;
    }

    public void Faulted(PluginEntry entry, string problem, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Fault(problem);
        PluginFaulted(exception, entry.Id, problem);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} is now faulted and will be skipped: {Problem}")]
    private partial void PluginFaulted(Exception? exception, string pluginId, string problem);
}
