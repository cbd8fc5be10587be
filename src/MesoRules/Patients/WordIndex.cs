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
internal sealed class WordIndex
{
    private const char SeparatorSymbol = '\uFFFF';

    private readonly Dictionary<uint, Entry[]> _ascii;
    private readonly Dictionary<uint, Entry[]> _composed;

    /// <summary>Indexes <paramref name="names"/>, each with the value <see cref="ForEachHeld{TSink}"/> reports for it.</summary>
    public WordIndex(IEnumerable<(string Name, int Value)> names)
    {
        var ascii = new Dictionary<uint, List<Entry>>();
        var composed = new Dictionary<uint, List<Entry>>();
        foreach ((string name, int value) in names)
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

            entries.Add(new Entry(sought.Span.ToString(), value));
        }

        _ascii = ascii.ToDictionary(e => e.Key, e => e.Value.ToArray());
        _composed = composed.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

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
        /// <summary>Receives the value of a name held and the name as indexed; returns <see langword="false"/> to stop the search.</summary>
        bool Found(int value, string name);
    }

    /// <summary>Reports every indexed name <paramref name="text"/> holds as whole words; stops when the sink says so.</summary>
    /// <returns><see langword="false"/> when the sink stopped the search.</returns>
    public bool ForEachHeld<TSink>(string text, ref TSink sink)
        where TSink : struct, ISink
    {
        if (_ascii.Count > 0 && !Scan(text, _ascii, ref sink))
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
            if (!isBreak && previousBreak && TryKey(text, i, out uint key) && table.TryGetValue(key, out Entry[]? entries))
            {
                foreach (Entry entry in entries)
                {
                    if (Formulation.HoldsAt(text, i, entry.Name) && !sink.Found(entry.Value, entry.Name))
                    {
                        return false;
                    }
                }
            }

            previousBreak = isBreak;
        }

        return true;
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

    private readonly record struct Entry(string Name, int Value);
}
