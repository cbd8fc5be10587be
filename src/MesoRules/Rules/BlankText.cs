using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MesoRules.Rules;

/// <summary>
/// What "blank" means everywhere the library refuses a blank string: <see langword="null"/>, empty, or made only of
/// characters that show nothing: white space, control characters, invisible format characters (Unicode category Cf:
/// zero-width space and joiners, soft hyphen, byte order mark, word joiner...) and the filler characters that
/// render as empty (U+115F, U+1160, U+3164, U+FFA0, U+2800).
/// </summary>
internal static class BlankText
{
    public static bool IsBlank([NotNullWhen(false)] string? value)
    {
        if (value is null)
        {
            return true;
        }

        foreach (char c in value)
        {
            if (!IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> holds at least one visible letter or digit, as any substance name must (the Hangul fillers are letters that show nothing).</summary>
    public static bool HasLetterOrDigit(string value)
    {
        foreach (char c in value)
        {
            if (char.IsLetterOrDigit(c) && !IsInvisible(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInvisible(char c) =>
        c < 128
            ? c <= ' ' || c == '\u007f'
            : char.IsWhiteSpace(c)
              || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control
              || c is '\u115f' or '\u1160' or '\u3164' or '\uffa0' or '\u2800';
}
