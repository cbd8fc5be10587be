using System.Globalization;
using System.Text;

namespace MesoRules.Disclosure;

/// <summary>
/// Renders a disclosure as plain text or Markdown. Only ordinal strings, fixed words and an invariant-culture
/// date are written, with <c>\n</c> line ends, so equal disclosures give the same bytes on every machine and
/// under every current culture. The fixed labels belong to <see cref="RiskDisclosure.CurrentFormatVersion"/>.
/// </summary>
internal static class DisclosureRendering
{
    private const string DocumentTitle = "Risks of hair mesotherapy";

    public static string PlainText(RiskDisclosure d)
    {
        var text = new StringBuilder(8192);
        text.Append(DocumentTitle.ToUpperInvariant()).Append('\n');
        text.Append("Disclosure format ").Append(Number(d.FormatVersion)).Append(", policy ").Append(d.PolicyVersion).Append('\n');
        text.Append("Content hash: ").Append(d.ContentHash).Append('\n');
        text.Append("Prepared: ").Append(Instant(d.CreatedAt)).Append(" (not part of the content hash)\n");

        PlainStatement(text, d.General);
        for (int i = 0; i < d.Risks.Length; i++)
        {
            DisclosedRisk risk = d.Risks[i];
            text.Append('\n').Append("Risk ").Append(Number(i + 1)).Append(" of ").Append(Number(d.Risks.Length)).Append(": ")
                .Append(risk.Title).Append(" [").Append(risk.RuleId).Append("]\n");
            text.Append("Likelihood: ").Append(DisclosureCanonicalForm.Word(risk.Likelihood)).Append('\n');
            if (risk.Level != RiskLevel.Baseline)
            {
                text.Append("For you: ").Append(LevelWords(risk.Level)).Append('\n');
                foreach (RiskRaise raise in risk.RaisedBy)
                {
                    text.Append("Why: ").Append(raise.Explanation).Append(" (").Append(raise.Fact).Append(")\n");
                }
            }

            text.Append(risk.Text).Append('\n');
            text.Append("Typical course: ").Append(risk.Course).Append('\n');
            text.Append("What reduces it: ").Append(risk.Mitigation).Append('\n');
            text.Append("Source: ").Append(Source(risk.Provenance, risk.Citation)).Append('\n');
        }

        PlainStatement(text, d.Alternatives);
        text.Append("\nWHEN TO CONTACT THE CLINIC\n");
        foreach (DisclosureStatement sign in d.WarningSigns)
        {
            PlainStatement(text, sign);
        }

        text.Append("\nRules: ").Append(string.Join(", ", d.RuleIds)).Append('\n');
        return text.ToString();
    }

    public static string Markdown(RiskDisclosure d)
    {
        var text = new StringBuilder(8192);
        text.Append("# ").Append(DocumentTitle).Append("\n\n");
        text.Append("Disclosure format ").Append(Number(d.FormatVersion)).Append(", policy `").Append(d.PolicyVersion).Append("`  \n");
        text.Append("Content hash: `").Append(d.ContentHash).Append("`  \n");
        text.Append("Prepared: ").Append(Instant(d.CreatedAt)).Append(" (not part of the content hash)\n");

        MarkdownStatement(text, d.General, "##");
        text.Append("\n## Risks\n");
        for (int i = 0; i < d.Risks.Length; i++)
        {
            DisclosedRisk risk = d.Risks[i];
            text.Append("\n### ").Append(Number(i + 1)).Append(". ").Append(risk.Title).Append("\n\n");
            text.Append(risk.Text).Append("\n\n");
            text.Append("- **Likelihood:** ").Append(DisclosureCanonicalForm.Word(risk.Likelihood)).Append('\n');
            if (risk.Level != RiskLevel.Baseline)
            {
                text.Append("- **For you:** ").Append(LevelWords(risk.Level)).Append('\n');
                foreach (RiskRaise raise in risk.RaisedBy)
                {
                    text.Append("  - ").Append(raise.Explanation).Append(" (`").Append(raise.Fact).Append("`)\n");
                }
            }

            text.Append("- **Typical course:** ").Append(risk.Course).Append('\n');
            text.Append("- **What reduces it:** ").Append(risk.Mitigation).Append('\n');
            text.Append("- **Source:** ").Append(Source(risk.Provenance, risk.Citation)).Append('\n');
            text.Append("- **Rule:** `").Append(risk.RuleId).Append("`\n");
        }

        MarkdownStatement(text, d.Alternatives, "##");
        text.Append("\n## When to contact the clinic\n");
        foreach (DisclosureStatement sign in d.WarningSigns)
        {
            MarkdownStatement(text, sign, "###");
        }

        text.Append("\n---\n\nRules: ");
        for (int i = 0; i < d.RuleIds.Length; i++)
        {
            text.Append(i == 0 ? "`" : ", `").Append(d.RuleIds[i]).Append('`');
        }

        return text.Append('\n').ToString();
    }

    private static void PlainStatement(StringBuilder text, DisclosureStatement s)
    {
        text.Append('\n').Append(s.Title).Append(" [").Append(s.RuleId).Append("]\n");
        text.Append(s.Text).Append('\n');
        text.Append("Source: ").Append(Source(s.Provenance, s.Citation)).Append('\n');
    }

    private static void MarkdownStatement(StringBuilder text, DisclosureStatement s, string heading)
    {
        text.Append('\n').Append(heading).Append(' ').Append(s.Title).Append("\n\n");
        text.Append(s.Text).Append("\n\n");
        text.Append("*Source: ").Append(Source(s.Provenance, s.Citation)).Append(". Rule: `").Append(s.RuleId).Append("`*\n");
    }

    private static string LevelWords(RiskLevel level) => level == RiskLevel.HighlyRaised ? "clearly raised" : "raised";

    private static string Source(Rules.Provenance provenance, string? citation) =>
        citation ?? DisclosureCanonicalForm.Word(provenance);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy'-'MM'-'dd' 'HH':'mm':'ss", CultureInfo.InvariantCulture) + " UTC";
}
