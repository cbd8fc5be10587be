namespace MesoRules.Patients;

/// <summary>
/// Finds which of many names a text holds as whole words, with the matching of <see cref="Formulation.Contains"/>
/// (case, separators, invisible format characters and the Unicode form of accents do not count), in one pass over the
/// text: at each word start, the first two symbols of the text select the few names that could start there, and the
/// exact matcher confirms each. Built once per policy; immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Every name must hold at least two letters or digits (validation refuses shorter ones; the index leaves them out), so
/// that its first two symbols are a key: a letter and the next letter, or a letter and a separator.
/// </remarks>
internal sealed partial class WordIndex
{
    private const char SeparatorSymbol = '\uFFFF';

    // Letters fold to 26 symbols and digits are 10 more; a separator is the last: 37 symbols, so an ASCII key is one of 37 x 37.
    private const int AsciiSymbols = 37;

    private readonly Dictionary<uint, Entry[]> _ascii;
    private readonly Dictionary<uint, Entry[]> _composed;
    private readonly Entry[]?[] _asciiKeys = new Entry[]?[AsciiSymbols * AsciiSymbols];

    /// <summary>Indexes <paramref name="names"/>, each with the value <see cref="ForEachHeld{TSink}"/> reports for it.</summary>
    public WordIndex(IEnumerable<(string Name, int Value)> names)
        : this(names.Select(n => (n.Name, n.Name, n.Value)))
    {
    }

    /// <summary>Indexes <paramref name="names"/>: each name as it is matched, the name reported when it is found (trimmed as a sought name is), and its value.</summary>
    public WordIndex(IEnumerable<(string Name, string Shown, int Value)> names)
    {
        var ascii = new Dictionary<uint, List<Entry>>();
        var composed = new Dictionary<uint, List<Entry>>();
        foreach ((string name, string shown, int value) in names)
        {
            var sought = Formulation.Sought.Of(name);
            if (!TryKey(sought.Span, 0, out uint key))
            {
                // Validation refuses such a name; one met while validating is left out.
                continue;
            }

            Dictionary<uint, List<Entry>> table = sought.IsAscii ? ascii : composed;
            if (!table.TryGetValue(key, out List<Entry>? entries))
            {
                table[key] = entries = [];
            }

            string matched = sought.Span.ToString();
            entries.Add(new Entry(matched, value, sought.IsAscii ? FirstWordLength(sought.Span) : 0, ReferenceEquals(shown, name) ? matched : Formulation.Sought.Of(shown).Span.ToString()));
        }

        _ascii = ascii.ToDictionary(e => e.Key, e => e.Value.ToArray());
        _composed = composed.ToDictionary(e => e.Key, e => e.Value.ToArray());
        foreach ((uint key, Entry[] entries) in _ascii)
        {
            if (AsciiIndex((char)(key >> 16), (char)(key & 0xFFFF)) is int at)
            {
                _asciiKeys[at] = entries;
            }
        }
    }

    /// <summary>Whether no name is indexed.</summary>
    public bool IsEmpty => _ascii.Count == 0 && _composed.Count == 0;

    /// <summary>Whether <paramref name="name"/> can be indexed: it holds at least two letters or digits.</summary>
    public static bool CanIndex(string name)
    {
        ReadOnlySpan<char> span = Formulation.Sought.Of(name).Span;
        int letters = 0;
        foreach (char c in span)
        {
            if (!Formulation.IsBreak(c) && ++letters == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The receiver of the names found: called once per name held (a name held twice may be reported twice).</summary>
    public interface ISink
    {
        /// <summary>Receives the value of a name held and the name reported for it; returns <see langword="false"/> to stop the search.</summary>
        bool Found(int value, string name);
    }

    /// <summary>Reports every indexed name <paramref name="text"/> holds as whole words; stops when the sink says so.</summary>
    /// <returns><see langword="false"/> when the sink stopped the search.</returns>
    public bool ForEachHeld<TSink>(string text, ref TSink sink)
        where TSink : struct, ISink
    {
        if (IsEmpty)
        {
            return true;
        }

        if (!ScanAscii(text, ref sink))
        {
            return false;
        }

        return _composed.Count == 0 || Scan(Formulation.Composed(text), _composed, ref sink);
    }

    private static bool Scan<TSink>(string text, Dictionary<uint, Entry[]> table, ref TSink sink)
        where TSink : struct, ISink
    {
        bool previousBreak = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool isBreak = c < 128 ? !char.IsAsciiLetterOrDigit(c) : Formulation.IsBreak(c);
            if (!isBreak && previousBreak)
            {
                if (TryKey(text, i, out uint key) && table.TryGetValue(key, out Entry[]? entries))
                {
                    foreach (Entry entry in entries)
                    {
                        if (Formulation.HoldsAt(text, i, entry.Name) && !sink.Found(entry.Value, entry.Shown))
                        {
                            return false;
                        }
                    }
                }
            }

            previousBreak = isBreak;
        }

        return true;
    }

    /// <summary>
    /// <see cref="Scan{TSink}"/> for an ASCII text (it hands any other to the general scan), the common case: no invisible format characters, letters that fold by
    /// one bit, keys read from an array, and a name tried only where a word as long as its first word starts (in ASCII,
    /// a name's first word and the text's word it matches have the same length). Finds exactly what the general scan finds
    /// in such a text.
    /// </summary>
    private bool ScanAscii<TSink>(string text, ref TSink sink)
        where TSink : struct, ISink
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                if (text[i] >= 128)
                {
                    // Not ASCII after all: the general scan reads the whole text (a sink may hear a name twice).
                    return Scan(text, _ascii, ref sink);
                }

                i++;
                continue;
            }

            // A word: its first character and the next one (a separator when the word is one character long) are the key,
            // and only names whose first word is as long can start here.
            int start = i;
            do
            {
                i++;
            }
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]));

            int length = i - start;
            if (i < text.Length && text[i] >= 128)
            {
                return Scan(text, _ascii, ref sink);
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
                if (entry.FirstWord == length && Formulation.HoldsAt(text, start, entry.Name) && !sink.Found(entry.Value, entry.Shown))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The symbol of an ASCII letter or digit: 0 to 25 for a letter of either case, 26 to 35 for a digit.</summary>
    private static int Symbol(char c) => c <= '9' ? 26 + (c - '0') : (c | 0x20) - 'a';

    /// <summary>The index in the ASCII key array of a key's two folded symbols, when both are ASCII (or the second a separator).</summary>
    private static int? AsciiIndex(char first, char second)
    {
        if (first >= 128 || !char.IsAsciiLetterOrDigit(first) || (second != SeparatorSymbol && (second >= 128 || !char.IsAsciiLetterOrDigit(second))))
        {
            return null;
        }

        return (Symbol(first) * AsciiSymbols) + (second == SeparatorSymbol ? AsciiSymbols - 1 : Symbol(second));
    }

    /// <summary>The key of the word starting at <paramref name="at"/>: its first letter and the next symbol (a letter, or a separator), folded.</summary>
    private static bool TryKey(ReadOnlySpan<char> text, int at, out uint key)
    {
        key = 0;
        int i = at;
        while (i < text.Length && Formulation.IsIgnorable(text[i]))
        {
            i++;
        }

        if (i >= text.Length || Formulation.IsSeparator(text[i]))
        {
            return false;
        }

        char first = Formulation.Fold(text[i]);
        i++;
        while (i < text.Length && Formulation.IsIgnorable(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        char second = Formulation.IsSeparator(text[i]) ? SeparatorSymbol : Formulation.Fold(text[i]);
        key = ((uint)first << 16) | second;
        return true;
    }

    /// <summary>The length of an ASCII name's first word (its run of letters and digits).</summary>
    private static int FirstWordLength(ReadOnlySpan<char> name)
    {
        int length = 0;
        while (length < name.Length && char.IsAsciiLetterOrDigit(name[length]))
        {
            length++;
        }

        return length;
    }

    /// <summary>An indexed name, its value, (for an ASCII name) the length of its first word, and the name reported when it is found.</summary>
    private readonly record struct Entry(string Name, int Value, int FirstWord, string Shown);
}
