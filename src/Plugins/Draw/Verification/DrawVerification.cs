using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Sessions;

namespace Planner.Plugins.Draw.Verification;

/// <summary>The outcome of checking a published draw.</summary>
public sealed record DrawCheck(bool CommitmentMatches, bool ReplayMatches, DrawResult Replayed)
{
    public bool Verified => CommitmentMatches && ReplayMatches;
}

/// <summary>
/// Checks a published draw (the record the API serves): the revealed seed hashes to the commitment
/// published before the draw, and replaying the input with that seed, then the recorded redraws,
/// gives exactly the published assignments. Used by the verify page, the API's clients and the CLI.
/// </summary>
public static class DrawVerification
{
    public static DrawCheck Check(DrawView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Result is null || string.IsNullOrEmpty(view.Seed))
        {
            throw new ArgumentException("Only a draw that has run (its seed revealed) can be checked.", nameof(view));
        }
        var seed = Convert.FromHexString(view.Seed);
        var replayed = DrawReplay.Replay(view.Input, seed, view.Result.Redraws);
        return new(SeedCommitment.Verify(view.Commitment, seed), DrawReplay.Matches(view.Result, replayed), replayed);
    }
}
