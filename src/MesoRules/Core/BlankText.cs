using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MesoRules.Core;

/// <summary>
/// What "blank" means everywhere the library refuses a blank string: <see langword="null"/>, empty, or made only of
/// characters that show nothing: white space, control characters, invisible format characters (Unicode category Cf:
/// zero-width space and joiners, soft hyphen, byte order mark, word joiner, tag characters...), marks that stand alone (combining marks, variation selectors) and the filler characters that
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

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < 128 ? c > ' ' && c != '\u007f' : !IsInvisible(value, ref i))
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
              || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
              || c is '\u115f' or '\u1160' or '\u3164' or '\uffa0' or '\u2800' or '\u17b4' or '\u17b5';

    /// <summary>Whether the character (or surrogate pair) at <paramref name="i"/> shows nothing; advances past a pair. A lone mark or variation selector shows nothing on its own.</summary>
    private static bool IsInvisible(string value, ref int i)
    {
        if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            var rune = new System.Text.Rune(value[i], value[i + 1]);
            i++;
            return System.Text.Rune.IsWhiteSpace(rune)
                || System.Text.Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
        }

        return IsInvisible(value[i]);
    }
}
