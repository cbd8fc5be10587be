using Microsoft.Extensions.Time.Testing;
using System.Globalization;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureRenderingTests
{
    private static readonly PatientProfile Tailored = Reference.With(it1 => { it1.Cause = HairLossCause.Undiagnosed; it1.Health = HealthHistory.AllNo.With(it0 => { it0.Diabetes = Answer.Yes; it0.KeloidTendency = Answer.Yes; }); it1.Allergies = [new KnownAllergy("biotin")]; });

    public static TheoryData<string> Cultures => ["tr-TR", "de-DE", ""];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Renderings_and_hash_are_byte_identical_under_any_current_culture(string culture)
    {
        (string hash, string text, string markdown) expected = Render(CultureInfo.InvariantCulture);
        (string hash, string text, string markdown) actual = Render(new CultureInfo(culture));
        Assert.Equal(expected.hash, actual.hash);
        Assert.Equal(expected.text, actual.text);
        Assert.Equal(expected.markdown, actual.markdown);
    }

    [Fact]
    public void Renderings_use_line_feeds_only_and_no_trailing_spaces_in_plain_text()
    {
        RiskDisclosure d = Engine.Disclose(Tailored);
        Assert.DoesNotContain('\r', d.Render());
        Assert.DoesNotContain('\r', d.Render(DocumentFormat.Markdown));
        Assert.All(d.Render().Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
        Assert.EndsWith("\n", d.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_renderings_name_every_rule_id_the_policy_version_and_the_hash()
    {
        RiskDisclosure d = Engine.Disclose(Tailored);
        foreach (string rendering in new[] { d.Render(), d.Render(DocumentFormat.Markdown) })
        {
            Assert.Contains(d.PolicyVersion, rendering, StringComparison.Ordinal);
            Assert.Contains(d.ContentHash, rendering, StringComparison.Ordinal);
            Assert.All(d.RuleIds, id => Assert.Contains(id, rendering, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Both_renderings_show_every_risk_text_and_the_reason_a_risk_is_raised()
    {
        RiskDisclosure d = Engine.Disclose(Tailored);
        foreach (string rendering in new[] { d.Render(), d.Render(DocumentFormat.Markdown) })
        {
            Assert.All(d.Risks, r =>
            {
                Assert.Contains(r.Title, rendering, StringComparison.Ordinal);
                Assert.Contains(r.Text, rendering, StringComparison.Ordinal);
                Assert.Contains(r.Course, rendering, StringComparison.Ordinal);
                Assert.Contains(r.Mitigation, rendering, StringComparison.Ordinal);
                Assert.All(r.RaisedBy, raise => Assert.Contains(raise.Explanation, rendering, StringComparison.Ordinal));
                Assert.All(r.RaisedBy, raise => Assert.Contains(raise.Fact, rendering, StringComparison.Ordinal));
            });
            Assert.Contains(d.General.Text, rendering, StringComparison.Ordinal);
            Assert.Contains(d.Alternatives.Text, rendering, StringComparison.Ordinal);
            Assert.All(d.WarningSigns, s => Assert.Contains(s.Text, rendering, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_plain_text_begins_with_the_title_versions_hash_and_creation_instant()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        string[] lines = d.Render().Split('\n');
        Assert.Equal("RISKS OF HAIR MESOTHERAPY", lines[0]);
        Assert.Equal("Disclosure format 3", lines[1]);
        Assert.Equal($"Content hash: {d.ContentHash}", lines[2]);
        Assert.Equal($"Prepared: 2026-03-02 09:30:00 UTC, policy {d.PolicyVersion} (not part of the content hash)", lines[3]);
    }

    [Fact]
    public void The_markdown_has_a_heading_per_risk()
    {
        string markdown = Engine.Disclose(Reference).Render(DocumentFormat.Markdown);
        Assert.StartsWith("# Risks of hair mesotherapy\n", markdown, StringComparison.Ordinal);
        Assert.Equal(6, markdown.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal) && char.IsDigit(l[4])));
    }

    [Fact]
    public void ToString_of_the_disclosure_and_its_risks_holds_nothing_tailored()
    {
        RiskDisclosure d = Engine.Disclose(Tailored);
        Assert.DoesNotContain("diabetes", d.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.All(d.Risks, r => Assert.DoesNotContain("Level", r.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain("biotin", d.Render(), StringComparison.OrdinalIgnoreCase);
    }

    private static (string Hash, string Text, string Markdown) Render(CultureInfo culture)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;

            // A fresh policy, compiled under the culture, so compilation is covered as well as rendering.
            var engine = new DisclosureEngine(MesoRulesPolicy.Create(new MesoRulesOptions()), new FakeTimeProvider(Prepared));
            RiskDisclosure d = engine.Disclose(Tailored);
            return (d.ContentHash, d.Render(), d.Render(DocumentFormat.Markdown));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
