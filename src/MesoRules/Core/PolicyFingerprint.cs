using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MesoRules.Core;

namespace MesoRules.Core;

/// <summary>
/// Builds the canonical text of the effective settings and rules, and hashes it into a version id.
/// The text is one <c>key=value</c> line per setting and per field of a rule, written with the invariant
/// culture and <c>\n</c> line ends, so the id is the same on every machine and in every process. Values are
/// escaped (<see cref="CanonicalText"/>) and never joined on one line, so no two different settings share a
/// text; <see langword="null"/> (<c>\0</c>) differs from empty; a list writes its count, then one line per item.
/// </summary>
internal sealed class PolicyFingerprint
{
    private const string Header = "mesorules-policy/2";
    private readonly StringBuilder _text = new StringBuilder(4096).Append(Header).Append('\n');

    public void Add(string key, string? value) => MesoRules.Core.CanonicalText.Line(_text, key, value);

    public void Add(string key, int value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string key, bool value) => Add(key, value ? "true" : "false");

    public void Add(string key, TimeSpan value) => Add(key, value.Ticks.ToString(CultureInfo.InvariantCulture));

    public void Add<TEnum>(string key, TEnum value)
        where TEnum : struct, Enum => Add(key, value.ToString());

    /// <summary>Writes a list: <c>key.count=N</c>, then <c>key[i]=item</c> for each item, so an empty list differs from a list of one empty item.</summary>
    public void Add(string key, IReadOnlyList<string?> items)
    {
        Add($"{key}.count", items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]"), items[i]);
        }
    }

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

    public string CanonicalText => _text.ToString();

    /// <summary>The first 16 lower-case hex digits of the SHA-256 of the canonical text.</summary>
    public string ComputeVersion()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(_text.ToString());
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return HexDigits.Lower(hash[..8]);
    }

}
