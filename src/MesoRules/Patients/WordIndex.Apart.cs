namespace MesoRules.Patients;

/// <content>
/// Reading a text where a letter next to a digit separates words too (<c>warfarin5mg</c> holds <c>warfarin</c>,
/// <c>vitamin B-7</c> holds <c>vitamin B7</c>), as medicines and ingredient names are read: an index of names written with
/// a space between each letter and digit (<see cref="Spaced"/>) searched in the spaced copy of the text, or, for an
/// ASCII text, in the text itself in one pass.
/// </content>
internal sealed partial class WordIndex
{
    /// <summary>
    /// Reports every indexed name (indexed in its <see cref="Spaced"/> form) that <paramref name="text"/> holds as whole
    /// words, where a letter next to a digit also separates words: what <see cref="ForEachHeld{TSink}"/> finds in the
    /// spaced copy of the text, without the copy when the text and the index are ASCII.
    /// </summary>
    /// <returns><see langword="false"/> when the sink stopped the search.</returns>
    public bool ForEachHeldApart<TSink>(string text, ref TSink sink)
        where TSink : struct, ISink =>
        ScanApart(text, ref sink, out _) ?? ForEachHeld(Spaced(text), ref sink);

    /// <summary>
    /// For an ASCII text and an index of ASCII names written with a space between each letter and digit: reports every
    /// name the text holds as whole words, where a letter next to a digit also separates words (<c>warfarin5mg</c> holds
    /// <c>warfarin</c>), in one pass and without a copy. Returns <see langword="false"/> (having reported nothing) when
    /// the text or the index is not ASCII: the caller then reads the text the general way.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="sink">The receiver.</param>
    /// <param name="joined">Set when a letter and a digit of the text meet.</param>
    public bool TryForEachHeldApart<TSink>(string text, ref TSink sink, out bool joined)
        where TSink : struct, ISink =>
        ScanApart(text, ref sink, out joined) is not null;

    /// <summary>The text with a space between each letter and a digit next to it; the same instance when there is none.</summary>
    internal static string Spaced(string text)
    {
        // Every boundary has a digit on one side: in ASCII, look from the first digit on (a vector search finds it); any
        // other text may have digits of other scripts before its first ASCII one, so it is read whole.
        int boundaries = 0;
        ReadOnlySpan<char> span = text;
        int from = span.IndexOfAnyInRange('0', '9');
        if (!System.Text.Ascii.IsValid(span))
        {
            from = 1;
        }
        else if (from < 0)
        {
            return text;
        }

        for (int i = Math.Max(1, from); i < span.Length; i++)
        {
            if (Boundary(span[i - 1], span[i]))
            {
                boundaries++;
            }
        }

        if (boundaries == 0)
        {
            return text;
        }

        return string.Create(text.Length + boundaries, text, static (span, source) =>
        {
            int n = 0;
            for (int i = 0; i < source.Length; i++)
            {
                if (i > 0 && Boundary(source[i - 1], source[i]))
                {
                    span[n++] = ' ';
                }

                span[n++] = source[i];
            }
        });
    }

    private static bool Boundary(char a, char b) =>
        (a | b) < 128
            ? Kind(a) * Kind(b) == 2
            : (char.IsLetter(a) && char.IsDigit(b)) || (char.IsDigit(a) && char.IsLetter(b));

    /// <summary>The one-pass read of an ASCII text (see <see cref="TryForEachHeldApart{TSink}"/>).</summary>
    /// <returns><see langword="null"/>, having reported nothing, when the text or the index is not ASCII; otherwise <see langword="false"/> when the sink stopped the search.</returns>
    private bool? ScanApart<TSink>(string text, ref TSink sink, out bool joined)
        where TSink : struct, ISink
    {
        joined = false;
        if (_composed.Count > 0 || !System.Text.Ascii.IsValid(text))
        {
            return null;
        }

        int i = 0;
        while (i < text.Length)
        {
            int kind = Kind(text[i]);
            if (kind == 0)
            {
                i++;
                continue;
            }

            int start = i;
            do
            {
                i++;
            }
            while (i < text.Length && Kind(text[i]) == kind);

            int length = i - start;
            if (i < text.Length && Kind(text[i]) != 0)
            {
                joined = true;
            }

            if (length == 1 && i == text.Length)
            {
                break;
            }

            Entry[]? entries = _asciiKeys[(Symbol(text[start]) * AsciiSymbols) + (length > 1 ? Symbol(text[start + 1]) : AsciiSymbols - 1)];
            if (entries is null)
            {
                continue;
            }

            foreach (Entry entry in entries)
            {
                if (entry.FirstWord == length && HoldsApartAt(text, start, entry.Name) && !sink.Found(entry.Value, entry.Shown))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>0 for anything but an ASCII letter or digit, 1 for a letter, 2 for a digit.</summary>
    internal static int Kind(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? 1 : (uint)(c - '0') <= 9 ? 2 : 0;

    /// <summary>
    /// Whether the ASCII <paramref name="name"/> (letters and digits apart) is held at <paramref name="at"/>, a word start,
    /// as whole words of the ASCII <paramref name="text"/>, where a letter next to a digit separates words too.
    /// </summary>
    private static bool HoldsApartAt(string text, int at, string name)
    {
        int i = at;
        int j = 0;
        while (j < name.Length)
        {
            if (Kind(name[j]) == 0)
            {
                // A separator run of the name: the text has one too, or a letter meets a digit there.
                if (i < text.Length && Kind(text[i]) == 0)
                {
                    while (i < text.Length && Kind(text[i]) == 0)
                    {
                        i++;
                    }
                }
                else if (i == 0 || i >= text.Length || Kind(text[i - 1]) == Kind(text[i]))
                {
                    return false;
                }

                while (j < name.Length && Kind(name[j]) == 0)
                {
                    j++;
                }

                continue;
            }

            if (i >= text.Length || Kind(text[i]) == 0 || (text[i] | 0x20) != (name[j] | 0x20))
            {
                return false;
            }

            i++;
            j++;
        }

        return i == text.Length || Kind(text[i]) != Kind(text[i - 1]);
    }
}
