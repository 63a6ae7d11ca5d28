using Planner.Plugins.Draw.Model;

namespace Planner.Plugins.Draw.Plugin;

/// <summary>A draw to replay: its recorded input, the revealed seed (hex) and the commitment published before it.</summary>
public sealed record VerifyDrawRequest(DrawInput? Input, string? Seed, string? Commitment);

/// <summary>Whether the seed is the one committed to, and the draw the seed and input produce.</summary>
public sealed record VerifyDrawResponse(bool CommitmentMatches, DrawResult Result);
