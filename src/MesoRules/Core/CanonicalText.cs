using System.Text;

namespace MesoRules.Core;

/// <summary>
/// The <c>key=value</c> line format every hashed canonical text uses (policy versions, disclosure hashes):
/// <c>\n</c> line ends, backslash, line feed and carriage return escaped, <see langword="null"/> written as <c>\0</c>.
/// </summary>
internal static class CanonicalText
{
    public static StringBuilder Line(StringBuilder text, string key, string? value) =>
        text.Append(key).Append('=').Append(Escape(value)).Append('\n');

    public static string Escape(string? value) =>
        value is null ? "\\0" : value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
