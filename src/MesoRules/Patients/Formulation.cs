using System.Text;

namespace MesoRules.Patients;

/// <summary>The mix to be injected, named by its components so that allergies can be matched against it.</summary>
/// <param name="Name">The clinic's name for the mix.</param>
/// <param name="Components">The named components, for example <c>biotin</c>, <c>dutasteride</c>.</param>
public sealed record Formulation(string Name, IReadOnlyList<string> Components)
{
    private readonly IReadOnlyList<string> _components = Components ?? throw new ArgumentNullException(nameof(Components));

    /// <summary>The named components, for example <c>biotin</c>, <c>dutasteride</c>; never <see langword="null"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> Components
    {
        get => _components;
        init => _components = value ?? throw new ArgumentNullException(nameof(Components));
    }

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
    /// never yields ASCII letters); any other with the composed component (<see cref="Composed"/>).
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
        // Candidates start with the substance's first letter at a word start; a vectorized search finds them.
        char upper = char.ToUpperInvariant(wanted[0]);
        char lower = char.ToLowerInvariant(wanted[0]);
        int start = 0;
        while (start < text.Length)
        {
            int found = text[start..].IndexOfAny(upper, lower);
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
    /// where <paramref name="text"/> holds the substance's first letter in upper or lower case.
    /// </summary>
    /// <remarks>The same test as <see cref="ContainsWords"/> makes at each candidate, for a candidate found another way.</remarks>
    internal static bool HoldsAt(ReadOnlySpan<char> text, int at, ReadOnlySpan<char> wanted) =>
        (text[at] == char.ToUpperInvariant(wanted[0]) || text[at] == char.ToLowerInvariant(wanted[0]))
        && (at == 0 || IsBreak(text[at - 1])) && MatchAt(text, at, wanted, out int end) && (end == text.Length || IsBreak(text[end]));

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

                while (j < wanted.Length && IsSeparator(wanted[j]))
                {
                    j++;
                }

                while (i < text.Length && IsSeparator(text[i]))
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

    private static bool SameLetter(char a, char b) => a == b || char.ToUpperInvariant(a) == char.ToUpperInvariant(b);

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
