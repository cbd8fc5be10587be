using System.Globalization;
using System.Text;

using MesoRules.Core;
using MesoRules.Localization;

namespace MesoRules.Disclosure;

/// <summary>
/// Renders a disclosure as plain text, Markdown or HTML. Only ordinal strings, fixed words and an invariant-culture
/// date are written, with <c>\n</c> line ends, so equal disclosures give the same bytes on every machine and
/// under every current culture. The fixed labels come from <see cref="RiskDisclosure.Labels"/>.
/// </summary>
internal static partial class DisclosureRendering
{
    public static string PlainText(RiskDisclosure d)
    {
        DisclosureLabels l = d.Labels;
        var text = new StringBuilder(8192);
        text.Append(l.Title.ToUpperInvariant()).Append('\n');
        text.Append(l.DisclosureFormat).Append(' ').Append(Number(d.FormatVersion)).Append('\n');
        text.Append(l.ContentHash).Append(": ").Append(d.ContentHash).Append('\n');
        text.Append(l.Prepared).Append(": ").Append(Instant(d.CreatedAt, d.Language)).Append(", ").Append(l.Policy).Append(' ').Append(d.PolicyVersion).Append(' ').Append(l.NotHashed).Append('\n');

        PlainStatement(text, d.General, l);
        for (int i = 0; i < d.Risks.Length; i++)
        {
            DisclosedRisk risk = d.Risks[i];
            text.Append('\n').Append(l.Risk).Append(' ').Append(Number(i + 1)).Append(' ').Append(l.Of).Append(' ').Append(Number(d.Risks.Length)).Append(": ")
                .Append(risk.Title).Append(" [").Append(risk.RuleId).Append("]\n");
            text.Append(l.Likelihood).Append(": ").Append(l.Word(risk.Likelihood)).Append('\n');
            if (risk.Level != RiskLevel.Baseline)
            {
                text.Append(l.ForYou).Append(": ").Append(l.Word(risk.Level)).Append('\n');
                foreach (RiskRaise raise in risk.RaisedBy)
                {
                    text.Append(l.Why).Append(": ").Append(raise.Explanation).Append(" (").Append(raise.Fact).Append(")\n");
                }
            }

            text.Append(risk.Text).Append('\n');
            text.Append(l.TypicalCourse).Append(": ").Append(risk.Course).Append('\n');
            text.Append(l.WhatReducesIt).Append(": ").Append(risk.Mitigation).Append('\n');
            text.Append(l.Source).Append(": ").Append(Source(risk.Provenance, risk.Citation)).Append('\n');
        }

        PlainStatement(text, d.Alternatives, l);
        text.Append('\n').Append(l.WhenToContactTheClinic.ToUpperInvariant()).Append('\n');
        foreach (DisclosureStatement sign in d.WarningSigns)
        {
            PlainStatement(text, sign, l);
        }

        text.Append('\n').Append(l.Rules).Append(": ").Append(string.Join(", ", d.RuleIds)).Append('\n');
        return text.ToString();
    }

    public static string Markdown(RiskDisclosure d)
    {
        DisclosureLabels l = d.Labels;
        var text = new StringBuilder(8192);
        text.Append("# ").Append(l.Title).Append("\n\n");
        text.Append(l.DisclosureFormat).Append(' ').Append(Number(d.FormatVersion)).Append("  \n");
        text.Append(l.ContentHash).Append(": `").Append(d.ContentHash).Append("`  \n");
        text.Append(l.Prepared).Append(": ").Append(Instant(d.CreatedAt, d.Language)).Append(", ").Append(l.Policy).Append(" `").Append(d.PolicyVersion).Append("` ").Append(l.NotHashed).Append('\n');

        MarkdownStatement(text, d.General, "##", l);
        text.Append("\n## ").Append(l.Risks).Append('\n');
        for (int i = 0; i < d.Risks.Length; i++)
        {
            DisclosedRisk risk = d.Risks[i];
            text.Append("\n### ").Append(Number(i + 1)).Append(". ").Append(risk.Title).Append("\n\n");
            text.Append(risk.Text).Append("\n\n");
            text.Append("- **").Append(l.Likelihood).Append(":** ").Append(l.Word(risk.Likelihood)).Append('\n');
            if (risk.Level != RiskLevel.Baseline)
            {
                text.Append("- **").Append(l.ForYou).Append(":** ").Append(l.Word(risk.Level)).Append('\n');
                foreach (RiskRaise raise in risk.RaisedBy)
                {
                    text.Append("  - ").Append(raise.Explanation).Append(" (`").Append(raise.Fact).Append("`)\n");
                }
            }

            text.Append("- **").Append(l.TypicalCourse).Append(":** ").Append(risk.Course).Append('\n');
            text.Append("- **").Append(l.WhatReducesIt).Append(":** ").Append(risk.Mitigation).Append('\n');
            text.Append("- **").Append(l.Source).Append(":** ").Append(Source(risk.Provenance, risk.Citation)).Append('\n');
            text.Append("- **").Append(l.Rule).Append(":** `").Append(risk.RuleId).Append("`\n");
        }

        MarkdownStatement(text, d.Alternatives, "##", l);
        text.Append("\n## ").Append(l.WhenToContactTheClinic).Append('\n');
        foreach (DisclosureStatement sign in d.WarningSigns)
        {
            MarkdownStatement(text, sign, "###", l);
        }

        text.Append("\n---\n\n").Append(l.Rules).Append(": ");
        for (int i = 0; i < d.RuleIds.Length; i++)
        {
            text.Append(i == 0 ? "`" : ", `").Append(d.RuleIds[i]).Append('`');
        }

        return text.Append('\n').ToString();
    }

    private static void PlainStatement(StringBuilder text, DisclosureStatement s, DisclosureLabels l)
    {
        text.Append('\n').Append(s.Title).Append(" [").Append(s.RuleId).Append("]\n");
        text.Append(s.Text).Append('\n');
        text.Append(l.Source).Append(": ").Append(Source(s.Provenance, s.Citation)).Append('\n');
    }

    private static void MarkdownStatement(StringBuilder text, DisclosureStatement s, string heading, DisclosureLabels l)
    {
        text.Append('\n').Append(heading).Append(' ').Append(s.Title).Append("\n\n");
        text.Append(s.Text).Append("\n\n");
        text.Append('*').Append(l.Source).Append(": ").Append(Source(s.Provenance, s.Citation)).Append(". ").Append(l.Rule).Append(": `").Append(s.RuleId).Append("`*\n");
    }

    private static string Source(Core.Provenance provenance, string? citation) =>
        citation ?? DisclosureCanonicalForm.Word(provenance);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Instant(DateTimeOffset at, PatientLanguage language) =>
        language.Date(DateOnly.FromDateTime(at.UtcDateTime)) + at.UtcDateTime.ToString("' 'HH':'mm':'ss", CultureInfo.InvariantCulture) + " UTC";
}
