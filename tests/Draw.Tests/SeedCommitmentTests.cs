using Planner.Plugins.Draw.Verification;

namespace Planner.Draw.Tests;

public sealed class SeedCommitmentTests
{
    [Fact]
    public void Verify_RevealedSeed_MatchesCommitment()
    {
        var commitment = SeedCommitment.Create();

        Assert.Equal(32, commitment.Seed.Length);
        Assert.Matches("^[0-9a-f]{64}$", commitment.Commitment);
        Assert.True(SeedCommitment.Verify(commitment.Commitment, commitment.Seed));
        Assert.True(SeedCommitment.Verify(commitment.Commitment.ToUpperInvariant(), commitment.Seed));
    }

    [Fact]
    public void Verify_OtherSeed_IsRefused()
    {
        var commitment = SeedCommitment.Create();
        var other = (byte[])commitment.Seed.Clone();
        other[0] ^= 1;

        Assert.False(SeedCommitment.Verify(commitment.Commitment, other));
    }

    [Fact]
    public void Commit_KnownSeed_IsSha256Hex()
    {
        Assert.Equal("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925", SeedCommitment.Commit(new byte[32]));
    }
}
