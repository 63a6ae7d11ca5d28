namespace Planner.Plugins;

/// <summary>
/// A command a plugin adds to the tile view's actions. The host shows it to the people for whom
/// <see cref="IsAvailable"/> says yes, runs it isolated like every plugin call, and shows the
/// message it returns. The action must still check rights itself, through the host's services.
/// </summary>
public interface ITileAction
{
    /// <summary>The button's text in the given language.</summary>
    /// <param name="language">Two-letter UN language code.</param>
    string Label(string language);

    /// <summary>Whether to offer the action to this person on this tile now.</summary>
    /// <param name="context">The person and the tile.</param>
    bool IsAvailable(TileActionContext context);

    /// <summary>Does the work; returns a sentence to show the person, or null.</summary>
    /// <param name="context">The person and the tile.</param>
    /// <param name="services">A scope's services.</param>
    /// <param name="cancellationToken">Cancelled when the call runs out of time.</param>
    Task<string?> RunAsync(TileActionContext context, IServiceProvider services, CancellationToken cancellationToken);
}
