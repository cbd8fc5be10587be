using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MesoRules.Rules;

namespace MesoRules.Policy;

/// <summary>
/// Builds the canonical text of the effective settings and rules, and hashes it into a version id.
/// The text is one <c>key=value</c> line per setting, written with the invariant culture and
/// <c>\n</c> line ends, so the id is the same on every machine and in every process.
/// </summary>
internal sealed class PolicyFingerprint
{
    private const string Header = "mesorules-policy/1";
    private readonly StringBuilder _text = new StringBuilder(4096).Append(Header).Append('\n');

    public void Add(string key, string? value) => MesoRules.Rules.CanonicalText.Line(_text, key, value);

    public void Add(string key, int value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    public void Add(string key, bool value) => Add(key, value ? "true" : "false");

    public void Add(string key, TimeSpan value) => Add(key, value.Ticks.ToString(CultureInfo.InvariantCulture));

    public void Add<TEnum>(string key, TEnum value)
        where TEnum : struct, Enum => Add(key, value.ToString());

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
