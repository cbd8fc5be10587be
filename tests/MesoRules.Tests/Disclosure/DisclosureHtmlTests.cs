using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Tests.Core;
using static MesoRules.Tests.Core.HtmlAssert;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureHtmlTests
{
    private static readonly PatientProfile Tailored = Reference.With(it1 => { it1.Health = HealthHistory.AllNo.With(it0 => { it0.Diabetes = Answer.Yes; }); it1.Allergies = [new KnownAllergy("biotin")]; });

    public static TheoryData<string> Languages => [.. PatientLanguage.Shipped.Select(l => l.Tag)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_html_disclosure_is_a_self_contained_document_in_the_disclosures_language_with_every_text(string tag)
    {
        RiskDisclosure d = Engine.Disclose(Tailored, PatientLanguage.Resolve(tag));
        string html = d.Render(DocumentFormat.Html);

        HtmlAssert.WellFormed(html, tag);
        Assert.Contains($"<title>{DocumentText.Html(d.Labels.Title)}</title>", html, StringComparison.Ordinal);
        Assert.All(d.Risks, r =>
        {
            Assert.Contains(DocumentText.Html(r.Title), html, StringComparison.Ordinal);
            Assert.Contains($"<p>{DocumentText.Html(r.Text)}</p>", html, StringComparison.Ordinal);
            Assert.Contains(DocumentText.Html(r.Course), html, StringComparison.Ordinal);
            Assert.Contains(DocumentText.Html(r.Mitigation), html, StringComparison.Ordinal);
            Assert.All(r.RaisedBy, raise => Assert.Contains($"{DocumentText.Html(raise.Explanation)} (<code>{raise.Fact}</code>)", html, StringComparison.Ordinal));
        });
        Assert.All(d.WarningSigns.Append(d.General).Append(d.Alternatives), s => Assert.Contains($"<p>{DocumentText.Html(s.Text)}</p>", html, StringComparison.Ordinal));
        Assert.All(d.RuleIds, id => Assert.Contains($"<code>{id}</code>", html, StringComparison.Ordinal));
        Assert.Contains($"<code>{d.PolicyVersion}</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_spanish_disclosure_is_written_in_spanish_to_the_signature()
    {
        string html = Engine.Disclose(Reference, PatientLanguage.Spanish).Render(DocumentFormat.Html);

        Assert.Contains("<h1>Riesgos de la mesoterapia capilar</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Confirmación de lectura</h2>\n<p>He leído esta información sobre los riesgos y he tenido la oportunidad de hacer preguntas.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sign\"><span>Firma:</span><span class=\"line\"></span></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Signature", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_ends_with_the_acknowledgment_block_naming_the_format_and_the_content_hash()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        string html = d.Render(DocumentFormat.Html);

        Assert.EndsWith(
            "<section class=\"block acknowledgment\">\n"
            + "<h2>Acknowledgment</h2>\n"
            + "<p>I have read this information about the risks and have had the chance to ask questions.</p>\n"
            + "<p class=\"sign\"><span>Name of the patient (or parent or legal guardian):</span><span class=\"line\"></span></p>\n"
            + "<p class=\"sign\"><span>Date:</span><span class=\"line\"></span></p>\n"
            + "<p class=\"sign\"><span>Signature:</span><span class=\"line\"></span></p>\n"
            + $"<p class=\"meta\">Disclosure format 3<br>\nContent hash: <code>{d.ContentHash}</code></p>\n"
            + "</section>\n</body>\n</html>\n",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_acknowledgment_words_are_labels_a_clinic_rewords_and_the_content_hash_covers_them()
    {
        RiskDisclosure library = Engine.Disclose(Reference);
        RiskDisclosure reworded = EngineWith(o => o.Texts["disclosure.label.signature"] = "Signature of the patient").Disclose(Reference);

        Assert.Contains("<span>Signature of the patient:</span>", reworded.Render(DocumentFormat.Html), StringComparison.Ordinal);
        Assert.NotEqual(library.ContentHash, reworded.ContentHash);
        Assert.Equal(library.Risks.Select(r => r.Text), reworded.Risks.Select(r => r.Text));
        Assert.Equal(library.Render().Replace(library.ContentHash, reworded.ContentHash, StringComparison.Ordinal).Replace(library.PolicyVersion, reworded.PolicyVersion, StringComparison.Ordinal), reworded.Render());
    }

    [Fact]
    public void Each_statement_and_risk_is_a_block_kept_on_one_page()
    {
        RiskDisclosure d = Engine.Disclose(Tailored);
        string html = d.Render(DocumentFormat.Html);

        Assert.Equal(d.Risks.Length + d.WarningSigns.Length + 2, html.Split("<section class=\"block\">").Length - 1);
        Assert.Contains(".block, tr, li { break-inside: avoid; page-break-inside: avoid; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clinics_wording_appears_only_escaped()
    {
        DisclosureEngine engine = EngineWith(o =>
        {
            o.Texts[$"{DisclosureRuleIds.Pain}.title"] = Hostile;
            o.Texts[$"{DisclosureRuleIds.General}.text"] = Hostile;
            o.Texts["disclosure.label.title"] = Hostile;
        });

        string html = engine.Disclose(Reference).Render(DocumentFormat.Html);

        HtmlAssert.WellFormed(html, "en");
        Assert.Contains($"<title>{HostileEscaped}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h3>1. {HostileEscaped}</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<p>{HostileEscaped}</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ThreadCulture.Unusual), MemberType = typeof(ThreadCulture))]
    public void Equal_disclosures_give_byte_identical_html_under_any_current_culture(string culture)
    {
        string expected = Engine.Disclose(Tailored, PatientLanguage.Italian).Render(DocumentFormat.Html);
        string actual = ThreadCulture.Under(culture, () => Engine.Disclose(Tailored, PatientLanguage.Italian).Render(DocumentFormat.Html));

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));
    }

    [Fact]
    public void Plain_text_and_markdown_show_no_acknowledgment_block()
    {
        RiskDisclosure d = Engine.Disclose(Reference);

        Assert.DoesNotContain("Acknowledgment", d.Render(), StringComparison.Ordinal);
        Assert.DoesNotContain("Acknowledgment", d.Render(DocumentFormat.Markdown), StringComparison.Ordinal);
        Assert.EndsWith($"\nRules: {string.Join(", ", d.RuleIds)}\n", d.Render(), StringComparison.Ordinal);
    }
}
