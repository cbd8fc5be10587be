using System.Text;
using System.Text.Json.Serialization;

namespace MesoRules.Patients;

/// <summary>The mix to be injected, named by its components so that allergies can be matched against it.</summary>
public sealed class Formulation
{
    /// <summary>Creates a formulation.</summary>
    /// <param name="Name">The clinic's name for the mix.</param>
    /// <param name="Components">The named components, for example <c>biotin</c>, <c>dutasteride</c>; never <see langword="null"/>.</param>
    [JsonConstructor]
    public Formulation(string Name, IReadOnlyList<string> Components)
    {
        this.Name = Name;
        this.Components = Components ?? throw new ArgumentNullException(nameof(Components));
    }

    /// <summary>The clinic's name for the mix.</summary>
    public string Name { get; }

    /// <summary>The named components, for example <c>biotin</c>, <c>dutasteride</c>; never <see langword="null"/>.</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>
    /// Returns whether the formulation contains <paramref name="substance"/>: a component equals it or holds it as
    /// whole words. Case does not count, nor does how words are separated (spaces, several spaces, tabs, hyphens,
    /// slashes: <c>Hyaluronic-acid</c> and <c>hyaluronic  acid</c> hold <c>hyaluronic acid</c>), nor the Unicode
    /// form of accented letters; but a word must match whole (<c>lidocaine</c> does not hold <c>caine</c>).
    /// Matching errs on the side of safety: <c>finasteride-free base</c> holds <c>finasteride</c>. A substance
    /// without letters or digits matches nothing.
    /// </summary>
    /// <param name="substance">The substance to look for.</param>
    /// <returns><see langword="true"/> when a component matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="substance"/> is <see langword="null"/>.</exception>
    public bool Contains(string substance)
    {
        ArgumentNullException.ThrowIfNull(substance);
        return Matches(Components, substance);
    }

    internal static bool Matches(IReadOnlyList<string> components, string substance)
    {
        ReadOnlySpan<char> wanted = TrimSeparators(substance.AsSpan());
        if (wanted.IsEmpty)
        {
            return false;
        }

        if (!Ascii.IsValid(wanted))
        {
            // Rare: accents may be written composed or decomposed, so compare both sides in one Unicode form (see Sought).
            string composed = Composed(wanted.ToString());
            for (int i = 0; i < components.Count; i++)
            {
                if (ContainsWords(Composed(components[i] ?? throw NullComponent(i)), composed))
                {
                    return true;
                }
            }

            return false;
        }

        // A component shorter than the substance's letters plus one separator per gap cannot hold it.
        int minimum = wanted.ContainsAnyExcept(AsciiLettersAndDigits) ? MinimumLength(wanted) : wanted.Length;
        for (int i = 0; i < components.Count; i++)
        {
            string component = components[i] ?? throw NullComponent(i);
            if (component.Length >= minimum && ContainsWords(component, wanted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A substance in the form components are searched for: trimmed of separators and invisible format characters
    /// and, when it is not ASCII, composed (<see cref="NormalizationForm.FormC"/>), since accents may be written
    /// composed or decomposed. An ASCII substance is compared with components as written (composing a component
    /// yields an ASCII letter only from the Kelvin sign, whose <see cref="Fold"/> is already k); any other with the
    /// composed component (<see cref="Composed"/>).
    /// </summary>
    internal readonly struct Sought
    {
        private readonly string _text;
        private readonly int _start;

        private Sought(string text, int start, int length, bool isAscii)
        {
            _text = text;
            _start = start;
            Length = length;
            IsAscii = isAscii;
        }

        public int Length { get; }

        public bool IsAscii { get; }

        public bool IsEmpty => Length == 0;

        public ReadOnlySpan<char> Span => _text.AsSpan(_start, Length);

        public static Sought Of(string? substance)
        {
            // A missing substance matches nothing, like an empty one.
            substance ??= string.Empty;
            ReadOnlySpan<char> trimmed = TrimSeparators(substance);
            if (Ascii.IsValid(trimmed))
            {
                substance.AsSpan().Overlaps(trimmed, out int start);
                return new Sought(substance, start, trimmed.Length, isAscii: true);
            }

            string composed = Composed(trimmed.ToString());
            return new Sought(composed, 0, composed.Length, isAscii: false);
        }
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static int MinimumLength(ReadOnlySpan<char> wanted)
    {
        int length = 0;
        for (int i = 0; i < wanted.Length; i++)
        {
            if (!IsSeparator(wanted[i]) || !IsSeparator(wanted[i - 1]))
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>Whether <paramref name="wanted"/> occurs in <paramref name="text"/> as whole words, any run of separators matching any other.</summary>
    private static bool ContainsWords(ReadOnlySpan<char> text, ReadOnlySpan<char> wanted)
    {
        // Candidates start with the substance's first letter, in any of its forms, at a word start; a vectorized search
        // finds them. Most letters have two forms, their upper and lower case; the few with more (long s, the Kelvin
        // sign, title-case letters...) are looked for by every form.
        char upper = char.ToUpperInvariant(wanted[0]);
        char lower = char.ToLowerInvariant(wanted[0]);
        string? forms = SameLetters.FormsOf(wanted[0]);
        int start = 0;
        while (start < text.Length)
        {
            int found = forms is null ? text[start..].IndexOfAny(upper, lower) : text[start..].IndexOfAny(forms);
            if (found < 0)
            {
                return false;
            }

            int at = start + found;
            // An invisible format character next to the word counts as a break: matching errs on the side of safety.
            if ((at == 0 || IsBreak(text[at - 1])) && MatchAt(text, at, wanted, out int end) && (end == text.Length || IsBreak(text[end])))
            {
                return true;
            }

            start = at + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="wanted"/> occurs in <paramref name="text"/> as whole words from <paramref name="at"/>,
    /// where <paramref name="text"/> holds a letter.
    /// </summary>
    /// <remarks>The same test as <see cref="ContainsWords"/> makes at each candidate, for a candidate found another way.</remarks>
    internal static bool HoldsAt(ReadOnlySpan<char> text, int at, ReadOnlySpan<char> wanted) =>
        (at == 0 || IsBreak(text[at - 1])) && MatchAt(text, at, wanted, out int end) && (end == text.Length || IsBreak(text[end]));

    internal static ArgumentException NullComponent(int index) =>
        new($"Components[{index}] must not be null.", $"{nameof(Components)}[{index}]");

    private static bool MatchAt(ReadOnlySpan<char> text, int at, ReadOnlySpan<char> wanted, out int end)
    {
        int i = at;
        int j = 0;
        end = 0;
        while (j < wanted.Length)
        {
            // Invisible format characters (a soft hyphen, a zero-width space) inside a word are ignored on both sides.
            if (IsIgnorable(wanted[j]))
            {
                j++;
                continue;
            }

            while (i < text.Length && IsIgnorable(text[i]))
            {
                i++;
            }

            if (IsSeparator(wanted[j]))
            {
                if (i >= text.Length || !IsSeparator(text[i]))
                {
                    return false;
                }

                // One run of separators, however written: invisible format characters among them do not split it.
                while (j < wanted.Length && IsBreak(wanted[j]))
                {
                    j++;
                }

                while (i < text.Length && IsBreak(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (i >= text.Length || !SameLetter(text[i], wanted[j]))
            {
                return false;
            }

            i++;
            j++;
        }

        end = i;
        return true;
    }

    private static bool SameLetter(char a, char b) => a == b || Fold(a) == Fold(b);

    /// <summary>
    /// The letter with its case taken away: the lower case of its upper case (invariant simple mappings), so that every
    /// form of a letter is one (<c>S</c>, <c>s</c> and the long s; <c>K</c>, <c>k</c> and the Kelvin sign; the sharp s
    /// and its capital; the three forms of the title-case letter dz). Comparing upper cases alone misses some of them.
    /// </summary>
    internal static char Fold(char c) => char.ToLowerInvariant(char.ToUpperInvariant(c));

    /// <summary>The letters that have forms besides their upper and lower case (see <see cref="Fold"/>), with all of them.</summary>
    internal static class SameLetters
    {
        /// <summary>
        /// Every letter with a form that is neither the upper nor the lower case of another form, as all of its forms:
        /// the runtime's invariant case mappings found them (a scan of the 65,536 characters, too slow to repeat at each
        /// start, since the runtime asks ICU about each character); a test holds this list equal to that scan.
        /// </summary>
        internal static readonly string[] Classes =
        [
            "Kk\u212A", "Ss\u017F", "\u00B5\u039C\u03BC", "\u00C5\u00E5\u212B", "\u00DF\u1E9E", "\u01C4\u01C5\u01C6", "\u01C7\u01C8\u01C9",
            "\u01CA\u01CB\u01CC", "\u01F1\u01F2\u01F3", "\u0345\u0399\u03B9\u1FBE", "\u0392\u03B2\u03D0", "\u0395\u03B5\u03F5",
            "\u0398\u03B8\u03D1\u03F4", "\u039A\u03BA\u03F0", "\u03A0\u03C0\u03D6", "\u03A1\u03C1\u03F1", "\u03A3\u03C2\u03C3",
            "\u03A6\u03C6\u03D5", "\u03A9\u03C9\u2126", "\u0412\u0432\u1C80", "\u0414\u0434\u1C81", "\u041E\u043E\u1C82", "\u0421\u0441\u1C83",
            "\u0422\u0442\u1C84\u1C85", "\u042A\u044A\u1C86", "\u0462\u0463\u1C87", "\u1C88\uA64A\uA64B", "\u1E60\u1E61\u1E9B",
        ];

        private static readonly Dictionary<char, string> ByForm = Classes.SelectMany(forms => forms.Select(c => (c, forms))).ToDictionary(x => x.c, x => x.forms);

        private static readonly string?[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ByForm.GetValueOrDefault((char)c))];

        /// <summary>Every form of <paramref name="c"/>'s letter, or <see langword="null"/> when its upper and lower case are all of them.</summary>
        public static string? FormsOf(char c) => c < 128 ? Ascii[c] : ByForm.GetValueOrDefault(c);
    }

    /// <summary>Anything but a letter, a digit, a combining mark or an invisible format character separates words.</summary>
    internal static bool IsSeparator(char c) =>
        c < 128
            ? !char.IsAsciiLetterOrDigit(c)
            : !char.IsLetterOrDigit(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format);

    internal static bool IsBreak(char c) => IsSeparator(c) || IsIgnorable(c);

    internal static bool IsIgnorable(char c) => c >= 128 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static ReadOnlySpan<char> TrimSeparators(ReadOnlySpan<char> value)
    {
        int from = 0;
        int to = value.Length;
        while (from < to && IsBreak(value[from]))
        {
            from++;
        }

        while (to > from && IsBreak(value[to - 1]))
        {
            to--;
        }

        return value[from..to];
    }

    /// <summary>The text in Unicode composed form (<see cref="NormalizationForm.FormC"/>): the same instance when it already is.</summary>
    internal static string Composed(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
