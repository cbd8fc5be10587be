namespace MesoRules.Patients;

/// <content>How texts are read as words: case mapping, the symbols of a text, and the hash of a run of words.</content>
internal static partial class AllergySearch
{
    /// <summary>
    /// The one-time check that the runtime's invariant case mappings never relate a letter to a separator or an
    /// invisible format character. The keys rely on it (a separator in a component can then never stand for a
    /// letter of an allergy: no separator has a letter's <see cref="Formulation.Fold"/>); were it false, every search
    /// would compare pairs instead.
    /// </summary>
    private static class CaseMapping
    {
        public static readonly bool KeepsWordsApart = Check();

        private static bool Check()
        {
            var foldOfLetter = new bool[char.MaxValue + 1];
            for (int i = 0; i <= char.MaxValue; i++)
            {
                char c = (char)i;
                if (!Formulation.IsBreak(c))
                {
                    char upper = char.ToUpperInvariant(c);
                    if (Formulation.IsBreak(upper) || Formulation.IsBreak(char.ToLowerInvariant(c)) || Formulation.IsBreak(Formulation.Fold(c)))
                    {
                        return false;
                    }

                    foldOfLetter[Formulation.Fold(c)] = true;
                }
            }

            for (int i = 0; i <= char.MaxValue; i++)
            {
                if (Formulation.IsSeparator((char)i) && foldOfLetter[Formulation.Fold((char)i)])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// A name read as the matcher compares it: one symbol per letter (by its <see cref="Formulation.Fold"/>), one per
    /// run of separators, none for invisible format characters (among separators too: one run however written).
    /// </summary>
    private ref struct Symbols(ReadOnlySpan<char> text)
    {
        public const ulong Separator = char.MaxValue + 2;

        private readonly ReadOnlySpan<char> _text = text;
        private int _next;
        private bool _inSeparators;

        /// <summary>The index in the text of the character read.</summary>
        public int At { get; private set; }

        /// <summary>The symbol read: <see cref="Separator"/>, or one more than the letter's <see cref="Formulation.Fold"/>.</summary>
        public ulong Value { get; private set; }

        public bool MoveNext()
        {
            while (_next < _text.Length)
            {
                int i = _next++;
                char c = _text[i];
                ulong symbol = c < 128 ? AsciiSymbols[c] : OtherSymbol(c);
                if (symbol == Ignorable)
                {
                    continue;
                }

                if (symbol == Separator)
                {
                    if (!_inSeparators)
                    {
                        _inSeparators = true;
                        At = i;
                        Value = Separator;
                        return true;
                    }
                }
                else
                {
                    _inSeparators = false;
                    At = i;
                    Value = symbol;
                    return true;
                }
            }

            return false;
        }

        private const ulong Ignorable = 0;

        // ASCII has no invisible format characters: a letter or digit, or a separator.
        private static readonly ulong[] AsciiSymbols = [.. Enumerable.Range(0, 128).Select(c => OtherSymbol((char)c))];

        private static ulong OtherSymbol(char c) =>
            Formulation.IsIgnorable(c) ? Ignorable : Formulation.IsSeparator(c) ? Separator : (ulong)Formulation.Fold(c) + 1;
    }

    /// <summary>
    /// Polynomial hashes of symbol runs modulo the Mersenne prime 2^61 - 1, with a base drawn once per process, so
    /// that names cannot be crafted to collide often.
    /// </summary>
    private static class RunHash
    {
        public const ulong Modulus = (1UL << 61) - 1;

        public static readonly ulong Base = (ulong)Random.Shared.NextInt64(1L << 40, (long)Modulus - 1);

        public static ulong Multiply(ulong a, ulong b)
        {
            ulong high = Math.BigMul(a, b, out ulong low);
            ulong folded = (low & Modulus) + (low >> 61) + (high << 3);
            return Reduce((folded & Modulus) + (folded >> 61));
        }

        public static ulong Add(ulong a, ulong b) => Reduce(a + b);

        public static ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + Modulus - b;

        private static ulong Reduce(ulong value) => value >= Modulus ? value - Modulus : value;
    }
}
