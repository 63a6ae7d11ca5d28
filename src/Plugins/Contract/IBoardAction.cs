namespace Planner.Plugins;

/// <summary>A command a plugin adds to the board's menu; shown, run and isolated like <see cref="ITileAction"/>.</summary>
public interface IBoardAction
{
    /// <summary>The button's text in the given language.</summary>
    /// <param name="language">Two-letter UN language code.</param>
    string Label(string language);

    /// <summary>Whether to offer the action to this person on this board now.</summary>
    /// <param name="context">The person and the board.</param>
    bool IsAvailable(BoardActionContext context);

    /// <summary>Does the work; returns a sentence to show the person, or null.</summary>
    /// <param name="context">The person and the board.</param>
    /// <param name="services">A scope's services.</param>
    /// <param name="cancellationToken">Cancelled when the call runs out of time.</param>
    Task<string?> RunAsync(BoardActionContext context, IServiceProvider services, CancellationToken cancellationToken);
}
