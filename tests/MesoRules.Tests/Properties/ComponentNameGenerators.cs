using FsCheck;
using FsCheck.Fluent;

namespace MesoRules.Tests.Properties;

/// <summary>
/// Substance lists and component lists for comparing the library's component matching with a reference matcher.
/// Names are one to three words of one to six letters, from a small alphabet: plain ASCII letters and digits,
/// accented letters (each written composed or decomposed), and the corners of case mapping (long s, sharp s and its
/// capital, the Kelvin, Angstrom and Ohm signs, micro sign, final sigma, the title-case letter dz, theta symbols).
/// Every letter is written in its own, upper or lower case; words are separated by a run of one or two separators
/// (spaces, double spaces, tabs, hyphens, slashes, NBSP, thin and ideographic spaces, en dash, punctuation, with an
/// invisible format character now and then); invisible format characters may stand between letters and at the ends.
/// Each component is built from one of the substances, kept or turned into a near miss (a word made longer at
/// either end, a letter changed or dropped, two words joined, a word split, a word inserted), with other words
/// around it, or is unrelated.
/// </summary>
internal static class ComponentNameGenerators
{
    private static readonly string[] PlainLetters = ["a", "b", "c", "d", "e", "i", "k", "n", "o", "s", "t", "u", "1", "2"];

    private static readonly string[] AccentedLetters = ["\u00E9", "\u00EA", "\u00FC", "\u00F1", "\u00E5", "\u00E7", "\u00EF", "\u00F8"];

    // The dotted capital I is left out: composing and case folding do not commute for it (decomposed, it is I with a
    // dot above, whose lower case is i with a dot above), and no ingredient is written with a lone combining dot.
    private static readonly string[] CornerLetters =
        ["\u017F", "\u00DF", "\u1E9E", "\u212A", "\u212B", "\u2126", "\u00B5", "\u03BC", "\u03C2", "\u03C3", "\u01C5", "\u03B8", "\u03D1", "\u03F4"];

    /// <summary>Letters that a reader (or a careless keyboard) may take for one another: the same letter in another case or form, or a different letter.</summary>
    private static readonly Dictionary<string, string[]> LookAlikes = new(StringComparer.Ordinal)
    {
        ["e"] = ["\u00E9", "\u00EA"],
        ["\u00E9"] = ["e", "\u00EA"],
        ["\u00EA"] = ["e", "\u00E9"],
        ["u"] = ["\u00FC"],
        ["\u00FC"] = ["u"],
        ["n"] = ["\u00F1"],
        ["\u00F1"] = ["n"],
        ["a"] = ["\u00E5"],
        ["\u00E5"] = ["a", "\u212B"],
        ["\u212B"] = ["\u00E5", "a"],
        ["c"] = ["\u00E7"],
        ["\u00E7"] = ["c"],
        ["i"] = ["\u00EF"],
        ["\u00EF"] = ["i"],
        ["o"] = ["\u00F8"],
        ["\u00F8"] = ["o"],
        ["s"] = ["\u017F", "\u00DF"],
        ["\u017F"] = ["s"],
        ["\u00DF"] = ["\u1E9E", "s"],
        ["\u1E9E"] = ["\u00DF"],
        ["k"] = ["\u212A"],
        ["\u212A"] = ["k"],
        ["\u2126"] = ["\u03C9"],
        ["\u00B5"] = ["\u03BC"],
        ["\u03BC"] = ["\u00B5"],
        ["\u03C2"] = ["\u03C3"],
        ["\u03C3"] = ["\u03C2"],
        ["\u01C5"] = ["\u01C6"],
        ["\u03B8"] = ["\u03D1", "\u03F4"],
        ["\u03D1"] = ["\u03B8"],
        ["\u03F4"] = ["\u03B8"],
    };

    /// <summary>What separates words, as the contract lists it (spaces, several spaces, tabs, hyphens, slashes) and more.</summary>
    public static readonly string[] Separators =
        [" ", "  ", "\t", "-", " - ", "/", " / ", "\u00A0", "\u2009", "\u3000", "\u2013", ", ", " (", ") ", "_", "+", ".", "%", "\r\n"];

    /// <summary>Invisible format characters (Unicode category Cf): soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte order mark.</summary>
    public static readonly string[] FormatCharacters = ["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"];

    private static readonly Gen<string> Letter =
        Gen.Frequency(
            (12, Gen.Elements(PlainLetters)),
            (4, Gen.Elements(AccentedLetters)),
            (2, Gen.Elements(CornerLetters)));

    private static readonly Gen<string[]> Word = Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Letter, n));

    private static readonly Gen<string[][]> Words = Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Word, n));

    private static readonly Gen<string> Format = Gen.Elements(FormatCharacters);

    private static readonly Gen<string> Nothing = Gen.Constant(string.Empty);

    private static readonly Gen<string> SometimesFormat = Gen.Frequency((7, Nothing), (1, Format));

    /// <summary>One letter in its own, upper or lower case, composed or decomposed.</summary>
    private static Gen<string> WrittenLetter(string letter) =>
        from casing in Gen.Elements(letter, letter.ToUpperInvariant(), letter.ToLowerInvariant())
        from form in Gen.Elements(System.Text.NormalizationForm.FormC, System.Text.NormalizationForm.FormD)
        select casing.Normalize(form);

    // Format characters go between letters, never between a letter and its combining marks.
    private static Gen<string> WrittenWord(string[] letters) =>
        Gen.CollectToArray(Enumerable.Range(0, letters.Length), i =>
            from written in WrittenLetter(letters[i])
            from after in i < letters.Length - 1 ? SometimesFormat : Nothing
            select written + after)
        .Select(string.Concat);

    private static readonly Gen<string> Separator =
        from first in Gen.Elements(Separators)
        from middle in SometimesFormat
        from second in Gen.Frequency((3, Nothing), (1, Gen.Elements(Separators)))
        select first + middle + second;

    private static readonly Gen<string> Edge = Gen.Frequency((6, Nothing), (1, Gen.Elements(Separators)), (1, Format));

    /// <summary>Words written out: each letter in its case and form, separators between words, perhaps something at the ends.</summary>
    public static Gen<string> Written(string[][] words) =>
        from lead in Edge
        from written in Gen.CollectToArray(words, WrittenWord)
        from separators in Gen.ArrayOf(Separator, words.Length)
        from trail in Edge
        select lead + string.Concat(written.Select((w, i) => i == 0 ? w : separators[i] + w)) + trail;

    /// <summary>The substance's words as a component holds them, or a near miss of them.</summary>
    private static Gen<string[][]> Core(string[][] words) =>
        Gen.Frequency(
            (6, Gen.Constant(words)),
            (2, from more in Word select Replace(words, words.Length - 1, [.. words[^1], .. more])),
            (2, from more in Word select Replace(words, 0, [.. more, .. words[0]])),
            (1, from w in Gen.Choose(0, words.Length - 1)
                from i in Gen.Choose(0, words[w].Length - 1)
                from other in LookAlikes.TryGetValue(words[w][i], out string[]? alike) ? Gen.Elements(alike) : Letter
                select Replace(words, w, [.. words[w][..i], other, .. words[w][(i + 1)..]])),
            (1, from w in Gen.Choose(0, words.Length - 1)
                from i in Gen.Choose(0, words[w].Length - 1)
                select words[w].Length == 1 ? words : Replace(words, w, [.. words[w][..i], .. words[w][(i + 1)..]])),
            (1, from w in Gen.Choose(0, words.Length - 1)
                select w + 1 < words.Length ? [.. words[..w], [.. words[w], .. words[w + 1]], .. words[(w + 2)..]] : words),
            (1, from w in Gen.Choose(0, words.Length - 1)
                from i in Gen.Choose(1, Math.Max(1, words[w].Length - 1))
                select words[w].Length == 1 ? words : [.. words[..w], words[w][..i], words[w][i..], .. words[(w + 1)..]]),
            (1, from w in Gen.Choose(1, words.Length)
                from inserted in Word
                select w < words.Length ? [.. words[..w], inserted, .. words[w..]] : words));

    private static string[][] Replace(string[][] words, int index, string[] word) => [.. words[..index], word, .. words[(index + 1)..]];

    private static readonly Gen<string[][]> Around = Gen.Frequency((3, Gen.Constant(Array.Empty<string[]>())), (2, Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(Word, n))));

    /// <summary>A component built from one of the substances (kept or a near miss, with words around it), or an unrelated one.</summary>
    private static Gen<string> Component(string[][][] substances) =>
        Gen.Frequency(
            (1, Words.SelectMany(Written)),
            (5, from substance in Gen.Elements(substances)
                from core in Core(substance)
                from before in Around
                from after in Around
                from written in Written([.. before, .. core, .. after])
                select written));

    /// <summary>One to four substances and one to four components, most of them built from the substances.</summary>
    public static Gen<MatchCase> Cases =>
        from substances in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Words, n))
        from writtenSubstances in Gen.CollectToArray(substances, Written)
        from components in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Component(substances), n))
        select new MatchCase(writtenSubstances, components);

    public static Arbitrary<MatchCase> AnyCase => Cases.ToArbitrary();
}

/// <summary>Substances and components to match; printed with every character outside printable ASCII escaped, so that a failure shows what was invisible.</summary>
internal sealed record MatchCase(string[] Substances, string[] Components)
{
    public override string ToString() =>
        $"substances [{string.Join(", ", Substances.Select(Escaped))}], components [{string.Join(", ", Components.Select(Escaped))}]";

    public static string Escaped(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
