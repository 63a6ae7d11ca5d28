using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Planner.Plugins.Draw.Engine;

/// <summary>
/// The deterministic stream of lots: block i is SHA-256(seed ‖ i as 8-byte little-endian), read
/// as four 64-bit little-endian words. Same seed, same stream, on every platform and run.
/// </summary>
internal sealed class DrawRandom
{
    private readonly byte[] _seed;
    private readonly byte[] _block = new byte[32];
    private ulong _counter;
    private int _offset = 32;

    public DrawRandom(ReadOnlySpan<byte> seed, string purpose = "")
    {
        // The purpose separates streams (the draw, each redraw) drawn from one seed.
        var tag = System.Text.Encoding.UTF8.GetBytes(purpose);
        _seed = [.. seed, .. tag];
    }

    public ulong NextUInt64()
    {
        if (_offset == 32)
        {
            Span<byte> input = stackalloc byte[_seed.Length + 8];
            _seed.CopyTo(input);
            BinaryPrimitives.WriteUInt64LittleEndian(input[_seed.Length..], _counter++);
            SHA256.HashData(input, _block);
            _offset = 0;
        }
        var value = BinaryPrimitives.ReadUInt64LittleEndian(_block.AsSpan(_offset, 8));
        _offset += 8;
        return value;
    }

    /// <summary>Uniform in [0, n): rejection sampling, so no modulo bias.</summary>
    public int NextInt(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var bound = (ulong)n;
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong x;
        do
        {
            x = NextUInt64();
        }
        while (x >= limit);
        return (int)(x % bound);
    }

    /// <summary>Fisher–Yates: every order equally likely.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
