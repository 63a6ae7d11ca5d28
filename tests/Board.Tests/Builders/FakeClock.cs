namespace Planner.Board.Tests.Builders;

/// <summary>A clock the test sets and moves on.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
