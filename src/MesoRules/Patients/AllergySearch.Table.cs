namespace MesoRules.Patients;

/// <content>The table for long lists: the words of every component, indexed, searched for each allergy.</content>
internal static partial class AllergySearch
{
    /// <summary>One component in symbols, with the prefix hashes of the symbols and where words start and end.</summary>
    private sealed class WordStream
    {
        public const byte Start = 1;
        public const byte End = 2;

        private ulong[] _prefix = new ulong[1];
        private int[] _at = [];
        private byte[] _edges = [];

        /// <summary>The number of symbols.</summary>
        public int Count { get; private set; }

        /// <summary>The index in the text of each symbol's character.</summary>
        public ReadOnlySpan<int> At => _at.AsSpan(0, Count);

        /// <summary>For each symbol: <see cref="Start"/> when a word starts there, <see cref="End"/> when one ends there, as the matcher sees word edges.</summary>
        public ReadOnlySpan<byte> Edges => _edges.AsSpan(0, Count);

        public void Read(string text)
        {
            if (_at.Length < text.Length)
            {
                _prefix = new ulong[text.Length + 1];
                _at = new int[text.Length];
                _edges = new byte[text.Length];
            }

            // A letter starts a word unless the character before it is a letter, and ends one unless the character
            // after it is; ignored characters and separators leave a gap in the indices.
            int n = 0;
            ulong hash = 0;
            bool previousLetter = false;
            var symbols = new Symbols(text);
            while (symbols.MoveNext())
            {
                int i = symbols.At;
                bool letter = symbols.Value != Symbols.Separator;
                bool joined = previousLetter && letter && _at[n - 1] == i - 1;
                if (joined)
                {
                    _edges[n - 1] &= unchecked((byte)~End);
                }

                _at[n] = i;
                _edges[n] = letter ? (byte)((joined ? 0 : Start) | End) : (byte)0;
                previousLetter = letter;
                hash = RunHash.Add(RunHash.Multiply(hash, RunHash.Base), symbols.Value);
                _prefix[++n] = hash;
            }

            Count = n;
        }

        /// <summary>The hash of the <paramref name="length"/> symbols from <paramref name="from"/>.</summary>
        public ulong Hash(int from, int length, ulong[] powers) =>
            RunHash.Subtract(_prefix[from + length], RunHash.Multiply(_prefix[from], powers[length]));
    }

    /// <summary>Which allergies a lookup considers: those compared with a component as written, with its composed form, or both.</summary>
    [Flags]
    private enum Kinds : byte
    {
        Ascii = 1,
        Composed = 2,
        Both = Ascii | Composed,
    }

    /// <summary>
    /// The allergies, each under the hash of its symbols, in an open-addressing table. A key equals a component's run
    /// when the matcher would compare them letter for letter alike; the confirmation with the matcher rules out a hash
    /// collision. Allergies that match exactly the same runs are kept once.
    /// </summary>
    private sealed class AllergyTable
    {
        private readonly Formulation.Sought[] _sought;
        private readonly Kinds[] _kind;
        private readonly ulong[] _powers;
        private readonly Slot[] _slots;
        private readonly int[][] _lengths = new int[(int)Kinds.Both + 1][];

        public AllergyTable(IReadOnlyList<KnownAllergy> allergies, bool anaphylaxisOnly)
        {
            _sought = new Formulation.Sought[allergies.Count];
            _kind = new Kinds[allergies.Count];
            var hashes = new ulong[allergies.Count];
            var lengths = new int[allergies.Count];
            int kept = 0;
            int longest = 0;
            for (int i = 0; i < allergies.Count; i++)
            {
                KnownAllergy allergy = allergies[i];
                if (anaphylaxisOnly && !allergy.Anaphylaxis)
                {
                    continue;
                }

                var sought = Formulation.Sought.Of(allergy.Substance);
                if (sought.IsEmpty)
                {
                    continue;
                }

                ReadOnlySpan<char> span = sought.Span;
                if (Formulation.IsBreak(span[0]) || Formulation.IsBreak(span[^1]))
                {
                    // Only a composed form could start or end with a break (a trimmed one never does): compared pair by pair.
                    Unkeyed.Add(allergy);
                    continue;
                }

                int length = 0;
                ulong hash = 0;
                var symbols = new Symbols(span);
                while (symbols.MoveNext())
                {
                    hash = RunHash.Add(RunHash.Multiply(hash, RunHash.Base), symbols.Value);
                    length++;
                }

                _sought[kept] = sought;
                _kind[kept] = sought.IsAscii ? Kinds.Ascii : Kinds.Composed;
                hashes[kept] = hash;
                lengths[kept] = length;
                longest = Math.Max(longest, length);
                kept++;
            }

            _powers = new ulong[longest + 1];
            _powers[0] = 1;
            for (int i = 1; i <= longest; i++)
            {
                _powers[i] = RunHash.Multiply(_powers[i - 1], RunHash.Base);
            }

            // At most half full, so that a lookup of a missing key ends after a slot or two.
            _slots = new Slot[Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(kept * 2)))];
            for (int k = 0; k < kept; k++)
            {
                Insert(k, hashes[k]);
            }

            // The distinct lengths of each kind, in increasing order, so that a lookup stops at the first too long.
            var present = new Kinds[longest + 1];
            for (int k = 0; k < kept; k++)
            {
                present[lengths[k]] |= _kind[k];
            }

            for (int kinds = 1; kinds <= (int)Kinds.Both; kinds++)
            {
                var ofKinds = new List<int>();
                for (int length = 1; length <= longest; length++)
                {
                    if (((int)present[length] & kinds) != 0)
                    {
                        ofKinds.Add(length);
                    }
                }

                _lengths[kinds] = [.. ofKinds];
            }
        }

        /// <summary>Whether no allergy has a key.</summary>
        public bool IsEmpty => _lengths[(int)Kinds.Both].Length == 0;

        /// <summary>Allergies whose composed form starts or ends with a break, which the keys cannot represent.</summary>
        public List<KnownAllergy> Unkeyed { get; } = [];

        /// <summary>Whether an allergy of <paramref name="kinds"/> is held by <paramref name="text"/>, read into <paramref name="stream"/>.</summary>
        public bool AnyHeld(WordStream stream, string text, Kinds kinds)
        {
            int[] lengths = _lengths[(int)kinds];
            ReadOnlySpan<int> at = stream.At;
            ReadOnlySpan<byte> edges = stream.Edges;
            for (int from = 0; from < edges.Length; from++)
            {
                if ((edges[from] & WordStream.Start) == 0)
                {
                    continue;
                }

                foreach (int length in lengths)
                {
                    int last = from + length - 1;
                    if (last >= edges.Length)
                    {
                        break;
                    }

                    if ((edges[last] & WordStream.End) == 0)
                    {
                        continue;
                    }

                    ulong key = stream.Hash(from, length, _powers);
                    for (int i = Home(key); _slots[i].Pattern > 0; i = (i + 1) & (_slots.Length - 1))
                    {
                        int pattern = _slots[i].Pattern - 1;
                        if (_slots[i].Key == key && (_kind[pattern] & kinds) != 0 && Formulation.HoldsAt(text, at[from], _sought[pattern].Span))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private int Home(ulong key) => (int)((key ^ (key >> 32)) & (uint)(_slots.Length - 1));

        private void Insert(int pattern, ulong key)
        {
            int i = Home(key);
            for (; _slots[i].Pattern > 0; i = (i + 1) & (_slots.Length - 1))
            {
                int other = _slots[i].Pattern - 1;
                if (_slots[i].Key == key && _kind[other] == _kind[pattern] && SameMatches(_sought[other].Span, _sought[pattern].Span))
                {
                    return;
                }
            }

            _slots[i] = new Slot(key, pattern + 1);
        }

        /// <summary>Whether two allergies match the same runs: the same symbols.</summary>
        private static bool SameMatches(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
        {
            var x = new Symbols(a);
            var y = new Symbols(b);
            while (true)
            {
                bool more = x.MoveNext();
                if (more != y.MoveNext())
                {
                    return false;
                }

                if (!more)
                {
                    return true;
                }

                if (x.Value != y.Value)
                {
                    return false;
                }
            }
        }

        private readonly record struct Slot(ulong Key, int Pattern);
    }
}
