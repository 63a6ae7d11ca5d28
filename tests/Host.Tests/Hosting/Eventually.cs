namespace Planner.Host.Tests.Hosting;

/// <summary>
/// Reads until a condition holds, for what the host does after answering (notifications are
/// delivered from the board-event stream, not in the request). Gives up after ten seconds and
/// returns the last value read, so the test's own assertion says what was missing.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }
}
