namespace Planner.Host.Tests.Security;

/// <summary>The test's authenticator against RFC 6238's own test vector, so a failing two-factor test means the host.</summary>
public sealed class TotpTests
{
    /// <summary>"12345678901234567890" in Base32; at 59 s the RFC gives 94287082, whose last six digits are 287082.</summary>
    [Fact]
    public void Code_Rfc6238VectorAt59Seconds_Is287082() =>
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));

    [Fact]
    public void Code_RfcVectorAt1111111109Seconds_Is081804() =>
        Assert.Equal("081804", Totp.Code("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", DateTimeOffset.FromUnixTimeSeconds(1111111109)));
}
