using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;

namespace MesoRules.Tests.Core;

/// <summary>The managed SHA-256 that hashes the policy version gives the platform's digests, at every padding boundary.</summary>
public class ManagedSha256Tests
{
    /// <summary>
    /// Lengths around the padding's edges: the length field fits after the data in the last block up to 55 bytes, and needs
    /// a second block from 56; 64 is one whole block; each edge repeated one and two blocks further on.
    /// </summary>
    private static readonly int[] Boundaries = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 183, 184, 191, 192, 193];

    private static string Managed(byte[] data)
    {
        byte[] hash = new byte[ManagedSha256.HashSize];
        ManagedSha256.HashData(data, hash);
        return Convert.ToHexString(hash);
    }

    /// <summary>Byte arrays of a boundary length or any length up to 1,100 bytes (several blocks), with random contents.</summary>
    private static Arbitrary<byte[]> AnyBytes =>
        (from length in Gen.OneOf(Gen.Elements(Boundaries), Gen.Choose(0, 1100))
         from bytes in Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(length)
         select bytes).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property The_digest_equals_the_platforms_for_any_bytes() =>
        Prop.ForAll(AnyBytes, data => Managed(data) == Convert.ToHexString(SHA256.HashData(data)));

    [Fact]
    public void The_digest_equals_the_platforms_at_every_padding_boundary()
    {
        foreach (int length in Boundaries)
        {
            byte[] data = [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7))];
            Assert.Equal(Convert.ToHexString(SHA256.HashData(data)), Managed(data));
        }
    }

    [Fact]
    public void The_digests_of_the_standards_examples_are_the_published_ones()
    {
        Assert.Equal("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", Managed([]));
        Assert.Equal("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", Managed(Encoding.ASCII.GetBytes("abc")));
        Assert.Equal(
            "248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1",
            Managed(Encoding.ASCII.GetBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")));
    }

    [Fact]
    public void A_long_text_gives_the_platforms_digest()
    {
        byte[] data = [.. Enumerable.Range(0, 1_000_003).Select(i => (byte)(i % 251))];
        Assert.Equal(Convert.ToHexString(SHA256.HashData(data)), Managed(data));
    }

    [Fact]
    public void The_policy_version_is_the_managed_digest_of_the_canonical_text()
    {
        byte[] text = Encoding.UTF8.GetBytes(MesoRules.Policy.MesoRulesPolicy.Default.CanonicalText);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(text))[..16].ToLowerInvariant(), MesoRules.Policy.MesoRulesPolicy.Default.Version);
    }

    [Fact]
    public void A_destination_shorter_than_the_digest_is_refused()
    {
        Assert.Throws<ArgumentException>("destination", () => ManagedSha256.HashData([1, 2, 3], new byte[31]));
    }
}
