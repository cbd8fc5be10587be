using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <content>The disclosure as an HTML document: each statement and risk in a block kept on one page, then the acknowledgment block to sign.</content>
internal static partial class DisclosureRendering
{
    public static string Html(RiskDisclosure d)
    {
        DisclosureLabels l = d.Labels;
        var html = new HtmlDocument(d.Language, l.Title, 12288);
        html.Open("header").Element("h1", l.Title);
        FormatAndHash(html, d, l);
        html.StartTag("p", "meta").Text($"{l.Prepared}: {Instant(d.CreatedAt, d.Language)}, {l.Policy} ").Code(d.PolicyVersion).Text($" {l.NotHashed}").Close("p")
            .Close("header");

        HtmlStatement(html, d.General, "h2", l);
        html.Element("h2", l.Risks);
        for (int i = 0; i < d.Risks.Length; i++)
        {
            DisclosedRisk risk = d.Risks[i];
            html.Open("section", "block")
                .Element("h3", $"{Number(i + 1)}. {risk.Title}")
                .Element("p", risk.Text)
                .Open("dl")
                .Definition(l.Likelihood, l.Word(risk.Likelihood));
            if (risk.Level != RiskLevel.Baseline)
            {
                html.Element("dt", l.ForYou).StartTag("dd").Text(l.Word(risk.Level)).Markup("\n").Open("ul");
                foreach (RiskRaise raise in risk.RaisedBy)
                {
                    html.StartTag("li").Text($"{raise.Explanation} (").Code(raise.Fact).Text(")").Close("li");
                }

                html.Close("ul").Close("dd");
            }

            html.Definition(l.TypicalCourse, risk.Course)
                .Definition(l.WhatReducesIt, risk.Mitigation)
                .Definition(l.Source, Source(risk.Provenance, risk.Citation))
                .Definition(l.Rule, risk.RuleId, code: true)
                .Close("dl")
                .Close("section");
        }

        HtmlStatement(html, d.Alternatives, "h2", l);
        html.Element("h2", l.WhenToContactTheClinic);
        foreach (DisclosureStatement sign in d.WarningSigns)
        {
            HtmlStatement(html, sign, "h3", l);
        }

        html.StartTag("p", "meta").Text($"{l.Rules}: ");
        for (int i = 0; i < d.RuleIds.Length; i++)
        {
            (i == 0 ? html : html.Text(", ")).Code(d.RuleIds[i]);
        }

        html.Close("p")
            .Open("section", "block acknowledgment")
            .Element("h2", l.Acknowledgment)
            .Element("p", l.AcknowledgmentStatement)
            .WritingLine(l.PatientName)
            .WritingLine(l.Date)
            .WritingLine(l.Signature);
        FormatAndHash(html, d, l);
        return html.Close("section").End();
    }

    /// <summary>The disclosure format and the content hash, at the top and again in the acknowledgment block, so that a signed page names what was shown.</summary>
    private static void FormatAndHash(HtmlDocument html, RiskDisclosure d, DisclosureLabels l) =>
        html.StartTag("p", "meta").Text($"{l.DisclosureFormat} {Number(d.FormatVersion)}").Markup("<br>\n").Text($"{l.ContentHash}: ").Code(d.ContentHash).Close("p");

    private static void HtmlStatement(HtmlDocument html, DisclosureStatement s, string heading, DisclosureLabels l) =>
        html.Open("section", "block")
            .Element(heading, s.Title)
            .Element("p", s.Text)
            .StartTag("p", "meta").Text($"{l.Source}: {Source(s.Provenance, s.Citation)}. {l.Rule}: ").Code(s.RuleId).Close("p")
            .Close("section");
}
