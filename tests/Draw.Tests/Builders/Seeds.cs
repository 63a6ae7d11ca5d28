using System.Security.Cryptography;

namespace Planner.Draw.Tests.Builders;

internal static class Seeds
{
    /// <summary>A fixed 32-byte seed per number, so the tests are deterministic.</summary>
    public static byte[] Of(int n) => SHA256.HashData(BitConverter.GetBytes(n));
}
