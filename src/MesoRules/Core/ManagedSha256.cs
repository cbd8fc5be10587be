using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace MesoRules.Core;

/// <summary>
/// SHA-256 (FIPS 180-4) in managed code, for the policy version: the digest is the one
/// <see cref="System.Security.Cryptography.SHA256"/> gives, but computing it loads no native library. The platform's
/// implementation loads the system's crypto library on its first call, about a tenth of the time from
/// <c>AddMesoRules</c> to the first result; a policy is hashed once per snapshot, so this one's lower speed does not
/// matter there. Content hashes of disclosures, computed per call, use the platform's.
/// </summary>
internal static class ManagedSha256
{
    /// <summary>The digest length in bytes.</summary>
    public const int HashSize = 32;

    private static ReadOnlySpan<uint> RoundConstants =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static ReadOnlySpan<uint> InitialState => [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    /// <summary>Writes the SHA-256 of <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The bytes to hash; any length, empty included.</param>
    /// <param name="destination">At least <see cref="HashSize"/> bytes; the first 32 receive the digest.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public static void HashData(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (destination.Length < HashSize)
        {
            throw new ArgumentException($"The destination must hold {HashSize} bytes; it holds {destination.Length}.", nameof(destination));
        }

        // Fixed-size buffers rather than stackalloc: a method that allocates on the stack is compiled fully optimized on its
        // first call, which costs more than the whole hash of a policy text.
        var stateWords = default(Words8);
        var scheduleWords = default(Words64);
        var tailBytes = default(Bytes128);
        Span<uint> state = stateWords;
        Span<uint> schedule = scheduleWords;
        Span<byte> tail = tailBytes;
        InitialState.CopyTo(state);
        int whole = source.Length & ~63;
        for (int offset = 0; offset < whole; offset += 64)
        {
            Compress(state, schedule, source.Slice(offset, 64));
        }

        // The padding: a 1 bit, zeros, then the length in bits as a big-endian 64-bit number, filling one or two blocks.
        ReadOnlySpan<byte> rest = source[whole..];
        rest.CopyTo(tail);
        tail[rest.Length] = 0x80;
        int tailLength = rest.Length < 56 ? 64 : 128;
        BinaryPrimitives.WriteUInt64BigEndian(tail[(tailLength - 8)..], (ulong)source.Length * 8);
        for (int offset = 0; offset < tailLength; offset += 64)
        {
            Compress(state, schedule, tail.Slice(offset, 64));
        }

        for (int i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(4 * i)..], state[i]);
        }
    }

    private static void Compress(Span<uint> state, Span<uint> w, ReadOnlySpan<byte> block)
    {
        for (int t = 0; t < 16; t++)
        {
            w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * t)..]);
        }

        for (int t = 16; t < 64; t++)
        {
            uint s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            uint s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        ReadOnlySpan<uint> k = RoundConstants;
        for (int t = 0; t < 64; t++)
        {
            uint t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + ((e & f) ^ (~e & g)) + k[t] + w[t];
            uint t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    [InlineArray(8)]
    private struct Words8
    {
        private uint _first;
    }

    [InlineArray(64)]
    private struct Words64
    {
        private uint _first;
    }

    [InlineArray(128)]
    private struct Bytes128
    {
        private byte _first;
    }
}
