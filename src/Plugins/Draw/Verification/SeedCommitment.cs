using System.Security.Cryptography;

namespace Planner.Plugins.Draw.Verification;

/// <summary>Commit before the draw (publish the hash), reveal the seed after it; anyone can check.</summary>
public sealed record SeedCommitment(byte[] Seed, string Commitment)
{
    public static SeedCommitment Create()
    {
        var seed = RandomNumberGenerator.GetBytes(32);
        return new SeedCommitment(seed, Commit(seed));
    }

    /// <summary>Lower-case hex of SHA-256(seed).</summary>
    public static string Commit(ReadOnlySpan<byte> seed) => Convert.ToHexStringLower(SHA256.HashData(seed));

    public static bool Verify(string commitment, ReadOnlySpan<byte> revealedSeed)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var expected = Commit(revealedSeed);
        return CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(expected),
            System.Text.Encoding.ASCII.GetBytes(commitment.ToLowerInvariant()));
    }
}
