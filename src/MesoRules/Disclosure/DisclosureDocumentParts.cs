using System.Collections.Immutable;

namespace MesoRules.Disclosure;

/// <summary>
/// The parts of a disclosure's canonical document that depend only on the policy: every variant of every risk with its
/// item lines, and the lines before and after the risks. Made from a rule set's immutable wording on its first disclosure.
/// </summary>
internal sealed class DisclosureDocumentParts(CompiledRisk[] risks, byte[] firstLines, byte[] suffixLines)
{
    public CompiledRisk[] Risks { get; } = risks;

    /// <summary>The count of items and the general statement's lines.</summary>
    public byte[] FirstLines { get; } = firstLines;

    /// <summary>The lines of the alternatives and of the signs to watch for.</summary>
    public byte[] SuffixLines { get; } = suffixLines;

    /// <summary>Builds every variant and hashes every item; <paramref name="itemCount"/> is the number of items a disclosure shows.</summary>
    public static DisclosureDocumentParts Build(int itemCount, DisclosureStatement general, RiskWording[] risks, DisclosureStatement alternatives, ImmutableArray<DisclosureStatement> signs) => new(
        [.. risks.Select((r, i) => r.Compile(1 + i))],
        [.. DisclosureCanonicalForm.CountLine(itemCount), .. DisclosureCanonicalForm.ItemLines(0, general)],
        [
            .. DisclosureCanonicalForm.ItemLines(1 + risks.Length, alternatives),
            .. signs.SelectMany((s, i) => DisclosureCanonicalForm.ItemLines(2 + risks.Length + i, s)),
        ]);
}
