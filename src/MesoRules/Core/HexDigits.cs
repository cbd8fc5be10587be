namespace MesoRules.Core;

/// <summary>Checks and writes the hex strings of disclosures: content hashes and policy versions.</summary>
internal static class HexDigits
{
    public const int ContentHashLength = 64;
    public const int PolicyVersionLength = 16;

    /// <summary>Checks that <paramref name="value"/> is <paramref name="length"/> hex digits and returns it in lower case. Messages never hold the value.</summary>
    public static string Normalize(string? value, int length, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length != length)
        {
            throw new ArgumentException($"Expected {length} hex digits (0-9, a-f); got {value.Length} characters.", paramName);
        }

        bool upper = false;
        foreach (char c in value)
        {
            if (c is >= 'A' and <= 'F')
            {
                upper = true;
            }
            else if (c is not (>= '0' and <= '9' or >= 'a' and <= 'f'))
            {
                throw new ArgumentException($"Expected {length} hex digits (0-9, a-f); found a character outside that alphabet.", paramName);
            }
        }

        return upper ? value.ToLowerInvariant() : value;
    }

    public static string Lower(ReadOnlySpan<byte> bytes)
    {
        const string digits = "0123456789abcdef";
        Span<char> chars = bytes.Length <= 64 ? stackalloc char[bytes.Length * 2] : new char[bytes.Length * 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
