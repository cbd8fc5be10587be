using MesoRules.Core;
using MesoRules.Localization;

namespace MesoRules.Disclosure;

/// <summary>
/// Writes the canonical texts the content hash is computed from (documented on <see cref="RiskDisclosure"/>), with
/// the one <see cref="CanonicalWriter"/>: the fields of each shown item, and the document that lists the items' hashes.
/// </summary>
internal static class DisclosureCanonicalForm
{
    /// <summary>The header line of the canonical document; its version is <see cref="RiskDisclosure.CurrentFormatVersion"/>.</summary>
    public const string Header = "mesorules-disclosure/3";

    /// <summary>The list of shown items in the canonical document: <c>items.count</c>, then <c>items[i].id</c> and <c>items[i].sha256</c>.</summary>
    private const string Items = "items";

    /// <summary>The fields of a shown risk. The policy writes them too (under its own prefix), with the fields that are not shown.</summary>
    public static void Risk(ref CanonicalWriter text, DisclosedRisk risk)
    {
        text.Field("kind", "risk");
        text.Field("id", risk.RuleId);
        text.Field("title", risk.Title);
        text.Field("likelihood", Word(risk.Likelihood));
        text.Field("level", Word(risk.Level));
        text.Field("text", risk.Text);
        text.Field("course", risk.Course);
        text.Field("mitigation", risk.Mitigation);
        text.Count("raisedBy", risk.RaisedBy.Length);
        for (int i = 0; i < risk.RaisedBy.Length; i++)
        {
            text.Item("raisedBy", i, "fact", risk.RaisedBy[i].Fact);
            text.Item("raisedBy", i, "explanation", risk.RaisedBy[i].Explanation);
        }

        text.Field("provenance", risk.Provenance);
        text.Field("citation", risk.Citation);
    }

    /// <summary>The fields of a shown statement.</summary>
    public static void Statement(ref CanonicalWriter text, DisclosureStatement statement)
    {
        text.Field("kind", Word(statement.Kind));
        text.Field("id", statement.RuleId);
        text.Field("title", statement.Title);
        text.Field("text", statement.Text);
        text.Field("provenance", statement.Provenance);
        text.Field("citation", statement.Citation);
    }

    /// <summary>
    /// The line of the labels a disclosure is shown with, as UTF-8 bytes: <c>labels.sha256=&lt;hash&gt;</c>, the SHA-256 (64
    /// lower-case hex digits) of the labels' canonical text: <c>labels.count=N</c>, then <c>labels[i].name</c> and
    /// <c>labels[i].text</c> for each label in <see cref="DisclosureLabels.Names"/> order. One line, like an item's, so a
    /// disclosure hashes a short document. In a language other than English the line <c>language=&lt;tag&gt;</c> precedes it.
    /// </summary>
    public static byte[] LabelLines(DisclosureLabels labels, PatientLanguage language)
    {
        Span<byte> hash = stackalloc byte[32];
        var text = new CanonicalWriter(stackalloc byte[4096]);
        try
        {
            text.Count("labels", DisclosureLabels.Names.Count);
            for (int i = 0; i < DisclosureLabels.Names.Count; i++)
            {
                text.Item("labels", i, "name", DisclosureLabels.Names[i]);
                text.Item("labels", i, "text", labels.Get(DisclosureLabels.Names[i]));
            }

            text.Sha256(hash);
        }
        finally
        {
            text.Dispose();
        }

        var line = new CanonicalWriter(stackalloc byte[128]);
        try
        {
            if (language != PatientLanguage.English)
            {
                line.Field("language", language.Tag);
            }

            line.Field("labels.sha256", HexDigits.Lower(hash));
            return line.Written.ToArray();
        }
        finally
        {
            line.Dispose();
        }
    }

    /// <summary>The line that opens the list of shown items: <c>items.count=N\n</c>, as UTF-8 bytes.</summary>
    public static byte[] CountLine(int count)
    {
        var lines = new CanonicalWriter(stackalloc byte[64]);
        try
        {
            lines.Count(Items, count);
            return lines.Written.ToArray();
        }
        finally
        {
            lines.Dispose();
        }
    }

    /// <summary>The lines of the canonical document for the statement shown at <paramref name="index"/> (see <see cref="ItemLines(int, string, CanonicalLines)"/>).</summary>
    public static byte[] ItemLines(int index, DisclosureStatement statement) =>
        ItemLines(index, statement.RuleId, (ref CanonicalWriter text) => Statement(ref text, statement));

    /// <summary>The lines of the canonical document for the risk shown at <paramref name="index"/> (see <see cref="ItemLines(int, string, CanonicalLines)"/>).</summary>
    public static byte[] ItemLines(int index, DisclosedRisk risk) =>
        ItemLines(index, risk.RuleId, (ref CanonicalWriter text) => Risk(ref text, risk));

    /// <summary>
    /// The lines of the canonical document for the shown item at <paramref name="index"/>, as UTF-8 bytes:
    /// <c>items[i].id=&lt;rule id&gt;</c> and <c>items[i].sha256=&lt;SHA-256 hex of the item's canonical text&gt;</c>.
    /// </summary>
    private static byte[] ItemLines(int index, string id, CanonicalLines item)
    {
        Span<byte> hash = stackalloc byte[32];
        var text = new CanonicalWriter(stackalloc byte[2048]);
        try
        {
            item(ref text);
            text.Sha256(hash);
        }
        finally
        {
            text.Dispose();
        }

        var lines = new CanonicalWriter(stackalloc byte[256]);
        try
        {
            lines.Item(Items, index, "id", id);
            lines.Item(Items, index, "sha256", HexDigits.Lower(hash));
            return lines.Written.ToArray();
        }
        finally
        {
            lines.Dispose();
        }
    }

    public static string Word(RiskLikelihood likelihood) => likelihood switch
    {
        RiskLikelihood.Common => "common",
        RiskLikelihood.Uncommon => "uncommon",
        _ => "rare",
    };

    public static string Word(RiskLevel level) => level switch
    {
        RiskLevel.Baseline => "baseline",
        RiskLevel.Raised => "raised",
        _ => "highly-raised",
    };

    public static string Word(DisclosureStatementKind kind) => kind switch
    {
        DisclosureStatementKind.General => "general",
        DisclosureStatementKind.Alternatives => "alternatives",
        _ => "warning-sign",
    };

    public static string Word(Provenance provenance) => provenance switch
    {
        Provenance.SourceFaq => "source FAQ",
        Provenance.ClinicalLiterature => "clinical literature",
        Provenance.ClinicalPractice => "clinical practice",
        _ => "clinic",
    };
}
