using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Serialization;
using Microsoft.Extensions.Options;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

/// <summary>Issue 5: a clinic may replace any wording, language included; the fixed labels are wording too.</summary>
public class DisclosureLabelTests
{
    private static readonly Dictionary<string, string> German = new(StringComparer.Ordinal)
    {
        ["Title"] = "Risiken der Haar-Mesotherapie",
        ["DisclosureFormat"] = "Aufklärungsformat",
        ["Policy"] = "Richtlinie",
        ["ContentHash"] = "Inhalts-Hash",
        ["Prepared"] = "Erstellt",
        ["NotHashed"] = "(nicht Teil des Inhalts-Hashs)",
        ["Risks"] = "Risiken",
        ["Risk"] = "Risiko",
        ["Of"] = "von",
        ["Likelihood"] = "Häufigkeit",
        ["Common"] = "häufig",
        ["Uncommon"] = "gelegentlich",
        ["Rare"] = "selten",
        ["ForYou"] = "Für Sie",
        ["Raised"] = "erhöht",
        ["ClearlyRaised"] = "deutlich erhöht",
        ["Why"] = "Warum",
        ["TypicalCourse"] = "Typischer Verlauf",
        ["WhatReducesIt"] = "Was es verringert",
        ["Source"] = "Quelle",
        ["Rule"] = "Regel",
        ["Rules"] = "Regeln",
        ["WhenToContactTheClinic"] = "Wann Sie die Praxis kontaktieren",
        ["Acknowledgment"] = "Bestätigung",
        ["AcknowledgmentStatement"] = "Ich habe diese Informationen über die Risiken gelesen und hatte Gelegenheit, Fragen zu stellen.",
        ["PatientName"] = "Name (Patient, Elternteil oder gesetzlicher Vertreter)",
        ["Date"] = "Datum",
        ["Signature"] = "Unterschrift",
    };

    private static readonly string[] EnglishLabels =
        ["Risks of hair mesotherapy", "Disclosure format", "Content hash", "Prepared:", "Likelihood:", "For you:", "Why:", "Typical course:", "What reduces it:", "Source:", "Rules:", "WHEN TO CONTACT", "When to contact", "clearly raised", "Risk 1 of 6", "Acknowledgment", "I have read", "Name of the patient", "Date:", "Signature:"];

    private static string LabelId(string name) => $"disclosure.label.{MesoRules.Core.TextIds.Kebab(name)}";

    private static DisclosureEngine GermanEngine() => EngineWith(o =>
    {
        foreach (KeyValuePair<string, string> label in German)
        {
            o.Texts[LabelId(label.Key)] = label.Value;
        }
    });

    private static PatientProfile Raised => Reference.With(it1 => { it1.Allergies = [new KnownAllergy("biotin")]; it1.Health = Reference.Health.With(it0 => { it0.Diabetes = Answer.Yes; }); });

    [Fact]
    public void Every_label_name_can_be_set_and_the_list_is_complete()
    {
        Assert.Equal(DisclosureLabels.Names.Order(StringComparer.Ordinal), German.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_fully_translated_clinic_renders_no_english_label_in_any_format()
    {
        RiskDisclosure d = GermanEngine().Disclose(Raised);
        string plain = d.Render();
        string markdown = d.Render(DocumentFormat.Markdown);
        string html = d.Render(DocumentFormat.Html);

        foreach (string english in EnglishLabels)
        {
            Assert.DoesNotContain(english, plain, StringComparison.Ordinal);
            Assert.DoesNotContain(english, markdown, StringComparison.Ordinal);
            Assert.DoesNotContain(english, html, StringComparison.Ordinal);
        }

        Assert.Contains("<h2>Bestätigung</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"sign\"><span>Unterschrift:</span>", html, StringComparison.Ordinal);

        Assert.StartsWith("RISIKEN DER HAAR-MESOTHERAPIE\n", plain, StringComparison.Ordinal);
        Assert.Contains("Risiko 1 von 6: ", plain, StringComparison.Ordinal);
        Assert.Contains("Häufigkeit: häufig\n", plain, StringComparison.Ordinal);
        Assert.Contains("Für Sie: deutlich erhöht\n", plain, StringComparison.Ordinal);
        Assert.Contains("- **Typischer Verlauf:** ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Wann Sie die Praxis kontaktieren\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_label_changes_the_policy_version_and_the_content_hash_but_not_the_shown_texts()
    {
        RiskDisclosure english = Engine.Disclose(Reference);
        RiskDisclosure relabelled = EngineWith(o => o.Texts["disclosure.label.likelihood"] = "How often").Disclose(Reference);

        Assert.NotEqual(english.PolicyVersion, relabelled.PolicyVersion);
        Assert.NotEqual(english.ContentHash, relabelled.ContentHash);
        Assert.Equal(english.Risks.Select(r => r.Text), relabelled.Risks.Select(r => r.Text));
        Assert.Contains("How often: common", relabelled.Render(), StringComparison.Ordinal);
        Assert.Same(DisclosureLabels.Default, english.Labels);
    }

    [Fact]
    public void Unknown_blank_and_too_long_labels_fail_validation_all_listed()
    {
        var options = new MesoRulesOptions();
        options.Disclosure.Texts["disclosure.label.likelihod"] = "x";
        options.Disclosure.Texts["disclosure.label.why"] = "  ";
        options.Disclosure.Texts["disclosure.label.rules"] = new string('r', DisclosureOptions.TitleLength.Max + 1);

        ValidateOptionsResult result = new MesoRulesOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("MesoRules:Disclosure:Texts:disclosure.label.likelihod: 'disclosure.label.likelihod' names no disclosure text; allowed here:", StringComparison.Ordinal) && f.Contains("disclosure.label.when-to-contact-the-clinic", StringComparison.Ordinal));
        Assert.Contains("MesoRules:Disclosure:Texts:disclosure.label.why: must not be null or blank.", result.Failures!);
        Assert.Contains("MesoRules:Disclosure:Texts:disclosure.label.rules: 201 characters is outside the allowed length 1..200.", result.Failures!);
    }

    [Fact]
    public void A_label_set_to_the_library_wording_leaves_the_policy_version_alone()
    {
        RiskDisclosure spelled = EngineWith(o => o.Texts["disclosure.label.title"] = DisclosureLabels.Default.Title).Disclose(Reference);
        Assert.Equal(Engine.Disclose(Reference).PolicyVersion, spelled.PolicyVersion);
    }

    [Fact]
    public void A_label_with_a_line_break_fails_validation()
    {
        var options = new MesoRulesOptions();
        options.Disclosure.Texts["disclosure.label.why"] = "Warum\n# injected heading";
        options.Disclosure.Texts["disclosure.label.rules"] = "Regeln\u2028mehr";
        ValidateOptionsResult result = new MesoRulesOptionsValidator().Validate(null, options);
        Assert.Contains("MesoRules:Disclosure:Texts:disclosure.label.why: a label or heading must be one line; allowed: no line breaks.", result.Failures!);
        Assert.Contains("MesoRules:Disclosure:Texts:disclosure.label.rules: a label or heading must be one line; allowed: no line breaks.", result.Failures!);
    }

    [Fact]
    public void The_reasons_a_risk_is_raised_can_be_worded_by_the_clinic_and_change_the_version()
    {
        DisclosureEngine engine = EngineWith(o => o.Texts[$"{DisclosureRuleIds.Infection}.raised-by.diabetes"] = "Diabetes erhöht das Infektionsrisiko.");
        RiskDisclosure d = engine.Disclose(Raised);

        RiskRaise raise = Assert.Single(d.GetRisk(DisclosureRuleIds.Infection).RaisedBy);
        Assert.Equal("health.diabetes", raise.Fact);
        Assert.Equal("Diabetes erhöht das Infektionsrisiko.", raise.Explanation);
        Assert.Contains("Diabetes erhöht das Infektionsrisiko.", d.Render(), StringComparison.Ordinal);
        Assert.NotEqual(Engine.Disclose(Raised).PolicyVersion, d.PolicyVersion);
        Assert.NotEqual(Engine.Disclose(Raised).ContentHash, d.ContentHash);
    }

    [Fact]
    public void A_reason_the_risk_does_not_have_fails_validation_listing_its_reasons()
    {
        var options = new MesoRulesOptions();
        options.Disclosure.Texts[$"{DisclosureRuleIds.AllergicReaction}.raised-by.diabetes"] = "x";
        options.Disclosure.Texts[$"{DisclosureRuleIds.AllergicReaction}.raised-by.allergy-other"] = " ";
        options.Disclosure.Texts[$"{DisclosureRuleIds.Pain}.raised-by.anything"] = "x";

        string[] failures = [.. new MesoRulesOptionsValidator().Validate(null, options).Failures!];

        Assert.Contains(
            "MesoRules:Disclosure:Texts:disclosure.risk.allergic-reaction.raised-by.diabetes: 'disclosure.risk.allergic-reaction.raised-by.diabetes' names no disclosure text; allowed here: "
            + "disclosure.risk.allergic-reaction.raised-by.allergy-component, disclosure.risk.allergic-reaction.raised-by.allergy-other.",
            failures);
        Assert.Contains("MesoRules:Disclosure:Texts:disclosure.risk.allergic-reaction.raised-by.allergy-other: must not be null or blank.", failures);
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Disclosure:Texts:disclosure.risk.pain.raised-by.anything: 'disclosure.risk.pain.raised-by.anything' names no disclosure text; allowed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_label_name_given_in_code_is_refused_naming_it()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => DisclosureLabels.Default.With("Nope", "x"));
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void The_reworded_labels_are_in_both_renderings_and_not_in_the_json_record()
    {
        RiskDisclosure german = GermanEngine().Disclose(Reference);
        Assert.Contains("Häufigkeit", german.Render(), StringComparison.Ordinal);
        Assert.Contains("Wann Sie die Praxis kontaktieren", german.Render(DocumentFormat.Markdown), StringComparison.Ordinal);

        // The record stores what was shown by hash and policy version; the labels come back with the policy.
        Assert.Null(System.Text.Json.Nodes.JsonNode.Parse(MesoRulesJson.Serialize(german))!["labels"]);
    }
}
