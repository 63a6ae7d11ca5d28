namespace Planner.Samples.FourEyes.Approving;

/// <summary>One reviewer's approval of a tile, as stored (JSON: userId, name, at).</summary>
internal sealed record Approval(Guid UserId, string Name, DateTimeOffset At);
