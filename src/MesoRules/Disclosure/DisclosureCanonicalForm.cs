using System.Security.Cryptography;
using System.Text;
using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// Writes the canonical texts the content hash is computed from (documented on <see cref="RiskDisclosure"/>):
/// one <c>key=value</c> line per shown field, <c>\n</c> line ends, escaped values, fixed words for enums.
/// </summary>
internal static class DisclosureCanonicalForm
{
    public const string Header = "mesorules-disclosure/1\npolicy=";

    public static string Risk(DisclosedRisk risk)
    {
        var text = new StringBuilder(1024);
        Line(text, "kind", "risk");
        Line(text, "id", risk.RuleId);
        Line(text, "title", risk.Title);
        Line(text, "likelihood", Word(risk.Likelihood));
        Line(text, "level", Word(risk.Level));
        Line(text, "text", risk.Text);
        Line(text, "course", risk.Course);
        Line(text, "mitigation", risk.Mitigation);
        foreach (RiskRaise raise in risk.RaisedBy)
        {
            Line(text, "raised-by", $"{raise.Fact}|{raise.Explanation}");
        }

        Line(text, "provenance", risk.Provenance.ToString());
        Line(text, "citation", risk.Citation);
        return text.ToString();
    }

    public static string Statement(DisclosureStatement statement)
    {
        var text = new StringBuilder(512);
        Line(text, "kind", Word(statement.Kind));
        Line(text, "id", statement.RuleId);
        Line(text, "title", statement.Title);
        Line(text, "text", statement.Text);
        Line(text, "provenance", statement.Provenance.ToString());
        Line(text, "citation", statement.Citation);
        return text.ToString();
    }

    /// <summary>The line of the canonical document for one item: <c>&lt;id&gt;=&lt;SHA-256 hex of its canonical text&gt;\n</c>, as UTF-8 bytes.</summary>
    public static byte[] ItemLine(string id, string canonicalText)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText), hash);
        return Encoding.UTF8.GetBytes($"{id}={HexDigits.Lower(hash)}\n");
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

    private static void Line(StringBuilder text, string key, string? value) => CanonicalText.Line(text, key, value);
}
