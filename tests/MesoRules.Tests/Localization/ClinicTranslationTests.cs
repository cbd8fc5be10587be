using MesoRules.Core;
using MesoRules.Eligibility;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Tests.Patients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.Localization;

/// <summary>A clinic rewords any text per language (<c>Translations</c>), validated at start-up with every failure listed (issue 14).</summary>
public sealed class ClinicTranslationTests
{
    private static readonly PatientProfile Pregnant = SamplePatients.Clear.With(p => p.Health = p.Health.With(h => h.Pregnancy = Answer.Yes));

    private static MesoRulesPolicy PolicyWith(Action<MesoRulesOptions> change)
    {
        var options = new MesoRulesOptions();
        change(options);
        return MesoRulesPolicy.Create(options);
    }

    private static IEnumerable<string> FailuresOf(Action<MesoRulesOptions> change) =>
        Assert.Throws<OptionsValidationException>(() => PolicyWith(change)).Failures;

    [Fact]
    public void A_clinic_translation_is_shown_in_its_language_only_marked_as_the_clinic_s_and_changes_the_version()
    {
        MesoRulesPolicy policy = PolicyWith(o => o.Eligibility.Translations["ES"] = new Dictionary<string, string> { ["Eligibility.Pregnancy.Text"] = "Texto de la clínica." });
        var engine = new EligibilityEngine(policy);
        EligibilityNote spanish = engine.Assess(Pregnant, PatientLanguage.Spanish).Notes.Single(n => n.RuleId == EligibilityRuleIds.Pregnancy);
        EligibilityNote english = engine.Assess(Pregnant).Notes.Single(n => n.RuleId == EligibilityRuleIds.Pregnancy);
        Assert.Equal("Texto de la clínica.", spanish.Text);
        Assert.Equal(Provenance.Clinic, spanish.Provenance);
        Assert.NotEqual(Provenance.Clinic, english.Provenance);
        Assert.Equal(TextSource.Clinic, policy.TextsIn(PatientLanguage.Spanish).Single(t => t.Id == "eligibility.pregnancy.text").Source);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, policy.Version);
        Assert.Contains("text.es.eligibility.pregnancy.text=Texto de la clínica.", policy.CanonicalText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_rewording_without_its_translation_keeps_the_clinic_s_meaning_in_every_language()
    {
        MesoRulesPolicy policy = PolicyWith(o => o.Eligibility.Texts["eligibility.pregnancy.text"] = "This clinic treats no pregnant patient.");
        EligibilityNote french = new EligibilityEngine(policy).Assess(Pregnant, PatientLanguage.French).Notes.Single(n => n.RuleId == EligibilityRuleIds.Pregnancy);
        Assert.Equal("This clinic treats no pregnant patient.", french.Text);
        Assert.Equal(TextSource.ClinicEnglish, policy.TextsIn(PatientLanguage.French).Single(t => t.Id == "eligibility.pregnancy.text").Source);
    }

    [Fact]
    public void A_clinic_rule_without_a_translation_is_shown_in_english_and_says_so()
    {
        MesoRulesPolicy policy = PolicyWith(o => o.Eligibility.CustomRules.Add(new EligibilityRule
        {
            Id = "clinic.always",
            Outcome = EligibilityOutcome.EligibleWithCautions,
            Text = "Ask about the patient's travel plans.",
            Rationale = "Travel affects aftercare.",
            Provenance = Provenance.Clinic,
            Condition = _ => RuleState.Fired,
        }));
        EligibilityNote note = new EligibilityEngine(policy).Assess(SamplePatients.Clear, PatientLanguage.Italian).Notes.Single(n => n.RuleId == "clinic.always");
        Assert.Equal("Ask about the patient's travel plans.", note.Text);
        Assert.Equal(TextSource.English, policy.TextsIn(PatientLanguage.Italian).Single(t => t.Id == "clinic.always.text").Source);
    }

    [Fact]
    public void Every_bad_translation_is_listed_naming_its_key()
    {
        string[] failures = [.. FailuresOf(o =>
        {
            o.Eligibility.Translations["de"] = new Dictionary<string, string> { ["eligibility.pregnancy.text"] = "Nicht in der Schwangerschaft." };
            o.Eligibility.Translations["en"] = new Dictionary<string, string> { ["eligibility.pregnancy.text"] = "English goes in Texts." };
            o.Planning.Translations["es"] = new Dictionary<string, string>
            {
                ["planning.review.text"] = "Revisión el {fecha}.",
                ["planning.no-such.text"] = "x",
                ["planning.phase.review"] = "de\nrevisión",
                ["planning.follow-up.text"] = " ",
            };
            o.Aftercare.Translations["fr"] = null!;
        })];
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Eligibility:Translations:de:", StringComparison.Ordinal) && f.Contains("allowed: es, pt, fr, it", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Eligibility:Translations:en:", StringComparison.Ordinal) && f.Contains("English wording is set in Texts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Planning:Translations:es:planning.review.text:", StringComparison.Ordinal) && f.Contains("{fecha}", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Planning:Translations:es:planning.no-such.text:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Planning:Translations:es:planning.phase.review:", StringComparison.Ordinal) && f.Contains("one line", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Planning:Translations:es:planning.follow-up.text:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MesoRules:Aftercare:Translations:fr", StringComparison.Ordinal));
        Assert.Equal(7, failures.Length);
        Assert.All(failures, f => Assert.DoesNotContain("Nicht in der", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Translations_bind_from_configuration_by_language_then_text_id()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MesoRules:Disclosure:Translations:pt:disclosure.label.risk"] = "Risco (clínica)",
            ["MesoRules:Aftercare:Translations:IT:aftercare.sheet.title"] = "Dopo la seduta",
        }).Build();
        var options = new MesoRulesOptions();
        MesoRulesConfigurationBinder.Bind(configuration.GetSection(MesoRulesOptions.SectionName), options);
        Assert.Empty(options.BindingFailures);
        MesoRulesPolicy policy = MesoRulesPolicy.Create(options);
        Assert.Equal("Risco (clínica)", policy.TextsIn(PatientLanguage.Portuguese).Single(t => t.Id == "disclosure.label.risk").Text);
        Assert.Equal("Dopo la seduta", policy.TextsIn(PatientLanguage.Italian).Single(t => t.Id == "aftercare.sheet.title").Text);
    }

    [Fact]
    public void A_translations_value_where_a_section_belongs_is_a_binding_failure()
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MesoRules:Eligibility:Translations:es"] = "not a section",
        }).Build();
        var options = new MesoRulesOptions();
        MesoRulesConfigurationBinder.Bind(configuration.GetSection(MesoRulesOptions.SectionName), options);
        Assert.Contains(options.BindingFailures, f => f.StartsWith("MesoRules:Eligibility:Translations:es: expected a section", StringComparison.Ordinal));
    }
}
