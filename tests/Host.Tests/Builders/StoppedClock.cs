namespace Planner.Host.Tests.Builders;

/// <summary>A clock that shows the time the test sets.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
