using System.Buffers;

namespace MesoRules.Core;

/// <summary>
/// Builds the canonical text of the effective settings and rules, and hashes it into a version id. The text is
/// written by <see cref="CanonicalWriter"/> under the header <c>mesorules-policy/3</c>: one <c>key=value</c> line per
/// setting and per field of a rule, escaped, invariant, <c>\n</c> line ends, <see langword="null"/> (<c>\0</c>)
/// distinct from empty, lists as a count and then one line per item; so the id is the same on every machine and
/// no two different settings share a text.
/// </summary>
internal sealed class PolicyFingerprint
{
    /// <summary>The header line: the format name and its version (3: one writer for policy, disclosure and history).</summary>
    public const string Header = "mesorules-policy/3";

    private readonly ArrayBufferWriter<byte> _text = new(16 * 1024);

    public PolicyFingerprint()
    {
        var writer = new CanonicalWriter(stackalloc byte[64], Header);
        _text.Write(writer.Written);
        writer.Dispose();
    }

    /// <summary>Writes the lines of <paramref name="lines"/>, every key under <paramref name="prefix"/> (for a nested record).</summary>
    public void Write(string? prefix, CanonicalLines lines)
    {
        var writer = new CanonicalWriter(stackalloc byte[1024], prefix: prefix);
        try
        {
            lines(ref writer);
            _text.Write(writer.Written);
        }
        finally
        {
            writer.Dispose();
        }
    }

    public void Add(string key, string? value) => Write(null, (ref CanonicalWriter w) => w.Field(key, value));

    public void Add(string key, int value) => Write(null, (ref CanonicalWriter w) => w.Field(key, value));

    public void Add(string key, bool value) => Write(null, (ref CanonicalWriter w) => w.Field(key, value));

    public void Add(string key, TimeSpan value) => Write(null, (ref CanonicalWriter w) => w.Field(key, value));

    public void Add<TEnum>(string key, TEnum value)
        where TEnum : struct, Enum => Write(null, (ref CanonicalWriter w) => w.Field(key, value));

    /// <summary>Writes a list: <c>key.count=N</c>, then <c>key[i]=item</c> for each item, so an empty list differs from a list of one empty item.</summary>
    public void Add(string key, IReadOnlyList<string?> items) => Write(null, (ref CanonicalWriter w) => w.List(key, items));

    /// <summary>Writes the fields of one rule or record, each on its own line under <c>key.</c>.</summary>
    public Record Fields(string key) => new(this, key);

    /// <summary>Writes the fields of one rule or record as <c>key.field=value</c> lines.</summary>
    public readonly struct Record(PolicyFingerprint fingerprint, string key)
    {
        public Record Field(string name, string? value)
        {
            fingerprint.Add($"{key}.{name}", value);
            return this;
        }

        public Record Field(string name, bool value)
        {
            fingerprint.Add($"{key}.{name}", value);
            return this;
        }

        public Record Field(string name, int value)
        {
            fingerprint.Add($"{key}.{name}", value);
            return this;
        }

        public Record Field(string name, TimeSpan value)
        {
            fingerprint.Add($"{key}.{name}", value);
            return this;
        }

        public Record Field<TEnum>(string name, TEnum value)
            where TEnum : struct, Enum
        {
            fingerprint.Add($"{key}.{name}", value);
            return this;
        }

        public Record Field(string name, IReadOnlyList<string?> items)
        {
            fingerprint.Add($"{key}.{name}", items);
            return this;
        }
    }

    public string CanonicalText => System.Text.Encoding.UTF8.GetString(_text.WrittenSpan);

    /// <summary>
    /// The first 16 lower-case hex digits of the SHA-256 of the canonical text, computed in managed code so that building
    /// a policy loads no native crypto library (see <see cref="ManagedSha256"/>).
    /// </summary>
    public string ComputeVersion()
    {
        Span<byte> hash = stackalloc byte[ManagedSha256.HashSize];
        ManagedSha256.HashData(_text.WrittenSpan, hash);
        return HexDigits.Lower(hash[..8]);
    }
}
