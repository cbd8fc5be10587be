using System.Globalization;
using System.Text;

namespace MesoRules.Tests.Patients;

/// <summary>
/// A deliberately plain matcher of substances against formulation components, written from the documented contract
/// (<see cref="MesoRules.Patients.Formulation.Contains"/>, README "Allergies ... match", the matching notes in
/// <c>AllergySearch</c>) and never from the library's code: slow, allocating, easy to check by eye.
/// </summary>
/// <remarks>
/// The contract, as this matcher reads it:
/// <list type="bullet">
/// <item>The Unicode form does not count: both texts are compared decomposed (<see cref="NormalizationForm.FormD"/>);
/// accents themselves do count (<c>cafe</c> is not <c>café</c>).</item>
/// <item>Case does not count: every character is replaced by the lower case of its upper case (.NET invariant simple
/// mappings, which is Unicode's simple case folding for these letters: long s is s, final sigma is sigma, capital
/// sharp s is sharp s, the Kelvin sign is k), then decomposed again.</item>
/// <item>Letters, digits and combining marks make words; invisible format characters (category Cf: soft hyphen,
/// zero-width space and joiners, word joiner, byte order mark) are ignored inside a word on both sides; every other
/// character separates words, and how words are separated does not count.</item>
/// <item>A substance is held by a component when the substance's words are whole words of the component, one after
/// the other. Erring on the side of safety, an invisible format character in a component may also end or start a
/// word (<c>lido&#173;caine</c>, with a soft hyphen, holds both <c>lidocaine</c> and <c>caine</c>).</item>
/// <item>A substance without letters or digits matches nothing.</item>
/// </list>
/// </remarks>
internal static class ReferenceComponentMatcher
{
    /// <summary>Whether some substance is held by some component.</summary>
    public static bool AnyHeld(IEnumerable<string> components, IEnumerable<string> substances) =>
        substances.Any(substance => components.Any(component => Holds(component, substance)));

    /// <summary>Whether <paramref name="component"/> holds <paramref name="substance"/> as whole words.</summary>
    public static bool Holds(string component, string substance)
    {
        // In the substance, format characters are simply ignored: each word is its pieces joined.
        string[] wanted = [.. Words(substance).Select(pieces => string.Concat(pieces))];
        if (wanted.Length == 0)
        {
            return false;
        }

        List<List<string>> words = Words(component);
        for (int first = 0; first + wanted.Length <= words.Count; first++)
        {
            if (HoldsFrom(words, first, wanted))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsFrom(List<List<string>> words, int first, string[] wanted)
    {
        if (wanted.Length == 1)
        {
            return Runs(words[first]).Contains(wanted[0]);
        }

        int last = first + wanted.Length - 1;
        if (!Tails(words[first]).Contains(wanted[0]) || !Heads(words[last]).Contains(wanted[^1]))
        {
            return false;
        }

        for (int k = 1; k < wanted.Length - 1; k++)
        {
            if (string.Concat(words[first + k]) != wanted[k])
            {
                return false;
            }
        }

        return true;
    }

    // A component word is a list of pieces, split where it had format characters; a substance word may start at the
    // start of any piece and end at the end of any piece.
    private static IEnumerable<string> Runs(List<string> pieces) =>
        from start in Enumerable.Range(0, pieces.Count)
        from end in Enumerable.Range(start + 1, pieces.Count - start)
        select string.Concat(pieces.Skip(start).Take(end - start));

    private static IEnumerable<string> Tails(List<string> pieces) =>
        Enumerable.Range(0, pieces.Count).Select(start => string.Concat(pieces.Skip(start)));

    private static IEnumerable<string> Heads(List<string> pieces) =>
        Enumerable.Range(1, pieces.Count).Select(count => string.Concat(pieces.Take(count)));

    /// <summary>The words of a text in canonical caseless form, each word as its pieces between format characters.</summary>
    private static List<List<string>> Words(string text)
    {
        var words = new List<List<string>>();
        List<string>? word = null;
        var piece = new StringBuilder();
        foreach (char c in Canonical(text))
        {
            if (IsFormat(c))
            {
                EndPiece();
            }
            else if (IsWordCharacter(c))
            {
                if (word is null)
                {
                    word = [];
                    words.Add(word);
                }

                piece.Append(c);
            }
            else
            {
                EndPiece();
                word = null;
            }
        }

        EndPiece();
        return words;

        void EndPiece()
        {
            if (piece.Length > 0)
            {
                word!.Add(piece.ToString());
                piece.Clear();
            }
        }
    }

    /// <summary>Decomposed, each character replaced by the lower case of its upper case, decomposed again.</summary>
    public static string Canonical(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            folded.Append(char.ToLowerInvariant(char.ToUpperInvariant(c)));
        }

        return folded.ToString().Normalize(NormalizationForm.FormD);
    }

    private static bool IsFormat(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
