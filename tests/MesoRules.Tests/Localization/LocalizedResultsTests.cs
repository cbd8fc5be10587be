using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Localization;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Serialization;
using MesoRules.Tests.Core;
using MesoRules.Tests.Patients;
using MesoRules.Tests.Properties;
using Microsoft.Extensions.Time.Testing;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Localization;

/// <summary>Every engine writes its patient-facing texts in the language asked for; nothing else changes with the language (issue 14).</summary>
public sealed class LocalizedResultsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DisclosureEngine Disclosures = new(MesoRulesPolicy.Default, new FakeTimeProvider(Now));
    private static readonly PatientProfile Pregnant = SamplePatients.Clear.With(p => p.Health = p.Health.With(h => h.Pregnancy = Answer.Yes));

    [Fact]
    public void Eligibility_notes_are_written_in_the_language_asked_for_and_english_by_default()
    {
        var engine = new EligibilityEngine();
        EligibilityAssessment english = engine.Assess(Pregnant);
        EligibilityAssessment spanish = engine.Assess(Pregnant, PatientLanguage.Spanish);
        Assert.Same(PatientLanguage.English, english.Language);
        Assert.Same(PatientLanguage.Spanish, spanish.Language);
        Assert.Equal("Mesotherapy is not given during pregnancy; it can be considered once the pregnancy is over.", english.Notes.Single(n => n.RuleId == EligibilityRuleIds.Pregnancy).Text);
        Assert.Equal(
            MesoRulesPolicy.Default.TextsIn(PatientLanguage.Spanish).Single(t => t.Id == "eligibility.pregnancy.text").Text,
            spanish.Notes.Single(n => n.RuleId == EligibilityRuleIds.Pregnancy).Text);
        Assert.NotEqual(english.Notes.Single(n => n.RuleId == EligibilityRuleIds.Pregnancy).Text, spanish.Notes.Single(n => n.RuleId == EligibilityRuleIds.Pregnancy).Text);
    }

    [Property(MaxTest = 200)]
    public Property The_language_changes_only_the_notes_texts() =>
        Prop.ForAll(Generators.AnyPatient, Gen.Elements(PatientLanguage.Shipped.ToArray()).ToArbitrary(), (patient, language) =>
        {
            var engine = new EligibilityEngine();
            EligibilityAssessment english = engine.Assess(patient);
            EligibilityAssessment other = engine.Assess(patient, language);
            return english.Outcome == other.Outcome
                && english.PolicyVersion == other.PolicyVersion
                && english.Notes.Select(n => (n.RuleId, n.Outcome, n.Reason, n.Provenance, n.Citation, n.Detail)).SequenceEqual(other.Notes.Select(n => (n.RuleId, n.Outcome, n.Reason, n.Provenance, n.Citation, n.Detail)))
                && (language == PatientLanguage.English || english.Notes.Length == 0 || english.Notes.Zip(other.Notes).All(p => p.First.Text != p.Second.Text));
        });

    [Fact]
    public void A_plan_s_findings_are_written_in_the_request_s_language_with_its_dates()
    {
        var planner = new SessionPlanner();
        SessionPlan english = planner.Plan(Request(Severity.Mild));
        SessionPlan italian = planner.Plan(Request(Severity.Mild).With(r => r.Language = PatientLanguage.Italian));
        Assert.Equal(english.Sessions.Select(s => (s.Date, s.Phase)), italian.Sessions.Select(s => (s.Date, s.Phase)));
        Assert.Equal(english.Findings.Select(f => f.RuleId), italian.Findings.Select(f => f.RuleId));
        PlanFinding review = italian.Findings.Single(f => f.RuleId == PlanningRuleIds.Review);
        string reviewDate = PatientLanguage.Italian.Date(italian.Sessions.Single(s => s.Phase == SessionPhase.Review).Date);
        Assert.Contains(reviewDate, review.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("-20", review.Text, StringComparison.Ordinal);

        // Every finding is written in the language, the consent gate's included.
        Assert.Contains(italian.Findings, f => f.RuleId == DisclosureRuleIds.Consent);
        Assert.All(english.Findings.Zip(italian.Findings), p => Assert.NotEqual(p.First.Text, p.Second.Text));
        string consent = italian.Findings.Single(f => f.RuleId == DisclosureRuleIds.Consent).Text;
        Assert.StartsWith(MesoRulesPolicy.Default.TextsIn(PatientLanguage.Italian).Single(t => t.Id == "disclosure.consent.missing").Text, consent, StringComparison.Ordinal);
        Assert.DoesNotContain("(rule ", consent, StringComparison.Ordinal);
        Assert.DoesNotContain(", policy ", consent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blocked_plan_names_the_outcome_in_the_language_not_as_an_enum_name()
    {
        PlanRequest request = Request(Severity.Mild).With(r => { r.Patient = Pregnant; r.Language = PatientLanguage.French; });
        SessionPlan plan = new SessionPlanner().Plan(request);
        PlanFinding gate = plan.Findings.Single(f => f.RuleId == PlanningRuleIds.EligibilityGate);
        Assert.EndsWith("reporté.", gate.Text, StringComparison.Ordinal);
        Assert.Equal(
            "No sessions are planned: the eligibility outcome is deferred.",
            new SessionPlanner().Plan(request.With(r => r.Language = null)).Findings.Single(f => f.RuleId == PlanningRuleIds.EligibilityGate).Text);
    }

    [Fact]
    public void The_aftercare_sheet_is_written_in_the_schedule_s_language_with_exact_offsets()
    {
        var engine = new AftercareEngine();
        DateTimeOffset end = new(2026, 3, 28, 17, 0, 0, TimeSpan.Zero);
        AftercareSchedule schedule = engine.Schedule([end], [], PatientLanguage.Portuguese);
        Assert.Same(PatientLanguage.Portuguese, schedule.Language);
        TimeZoneInfo lisbon = TimeZoneInfo.FindSystemTimeZoneById("Europe/Lisbon");
        string sheet = schedule.Render(lisbon);
        string title = MesoRulesPolicy.Default.TextsIn(PatientLanguage.Portuguese).Single(t => t.Id == "aftercare.sheet.title").Text;
        Assert.StartsWith(title.ToUpperInvariant(), sheet, StringComparison.Ordinal);
        Assert.Contains("28 de março de 2026 17:00 +00:00", sheet, StringComparison.Ordinal);

        // The sun window (48 h) ends after the change to summer time: the offset shown is the one in force then.
        Assert.Contains("30 de março de 2026 18:00 +01:00", sheet, StringComparison.Ordinal);
        Assert.Equal(engine.Schedule([end]).Windows.Select(w => (w.RuleId, w.MinimumEnd, w.RecommendedEnd)), schedule.Windows.Select(w => (w.RuleId, w.MinimumEnd, w.RecommendedEnd)));
    }

    [Fact]
    public void A_disclosure_s_hash_covers_its_language_and_the_english_hash_is_unchanged()
    {
        RiskDisclosure english = Disclosures.Disclose(SamplePatients.Clear);
        Dictionary<string, string> hashes = PatientLanguage.Shipped.ToDictionary(l => l.Tag, l => Disclosures.Disclose(SamplePatients.Clear, l).ContentHash);
        Assert.Equal(english.ContentHash, hashes["en"]);
        Assert.Equal(5, hashes.Values.Distinct().Count());
        string canonical = MesoRulesPolicy.Default.DisclosureRules.In(PatientLanguage.Spanish).CanonicalDocument(SamplePatients.Clear);
        Assert.StartsWith("mesorules-disclosure/3\nlanguage=es\nlabels.sha256=", canonical, StringComparison.Ordinal);
        Assert.DoesNotContain("language=", MesoRulesPolicy.Default.DisclosureRules.CanonicalDocument(SamplePatients.Clear), StringComparison.Ordinal);
    }

    [Fact]
    public void An_acknowledgment_records_the_language_and_the_consent_check_verifies_it_in_that_language()
    {
        RiskDisclosure spanish = Disclosures.Disclose(SamplePatients.Clear, PatientLanguage.Spanish);
        DisclosureAcknowledgment ack = Disclosures.Acknowledge(spanish, "record-1", AcknowledgingParty.Patient);
        Assert.Same(PatientLanguage.Spanish, ack.Language);
        DateTimeOffset first = Now.AddDays(7);
        Assert.Equal(ConsentStatus.Valid, Disclosures.CheckConsent(SamplePatients.Clear, [ack], first).Status);

        // The same hash claimed for an English disclosure is another disclosure.
        var relabelled = new DisclosureAcknowledgment(ack.DisclosureHash, ack.PolicyVersion, ack.PatientReference, ack.AcknowledgedAt, ack.AcknowledgedBy, ack.HistoryHash);
        Assert.Equal(ConsentStatus.StaleText, Disclosures.CheckConsent(SamplePatients.Clear, [relabelled], first).Status);

        // A Spanish word changed by the clinic makes the Spanish acknowledgment stale, not an English one.
        DisclosureEngine reworded = new(
            MesoRulesPolicy.Create(new MesoRulesOptions().With(o => o.Disclosure.Translations["es"] = new Dictionary<string, string> { ["disclosure.label.risk"] = "Riesgo (clínica)" })),
            new FakeTimeProvider(Now));
        DisclosureAcknowledgment englishAck = Disclosures.Acknowledge(Disclosures.Disclose(SamplePatients.Clear), "record-1", AcknowledgingParty.Patient);
        Assert.Equal(ConsentStatus.StaleText, reworded.CheckConsent(SamplePatients.Clear, [ack], first).Status);
        Assert.Equal(ConsentStatus.Valid, reworded.CheckConsent(SamplePatients.Clear, [englishAck], first).Status);
    }

    [Fact]
    public void An_acknowledgment_s_language_round_trips_through_json_and_one_stored_without_it_is_english()
    {
        DisclosureAcknowledgment ack = Disclosures.Acknowledge(Disclosures.Disclose(SamplePatients.Clear, PatientLanguage.Italian), "record-1", AcknowledgingParty.Guardian);
        string json = MesoRulesJson.Serialize(ack);
        Assert.Equal("it", System.Text.Json.Nodes.JsonNode.Parse(json)!["language"]!.GetValue<string>());
        Assert.Same(PatientLanguage.Italian, MesoRulesJson.Deserialize<DisclosureAcknowledgment>(json).Language);
        var stored = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        stored.Remove("language");
        Assert.Same(PatientLanguage.English, MesoRulesJson.Deserialize<DisclosureAcknowledgment>(stored.ToJsonString()).Language);
        Assert.Throws<System.Text.Json.JsonException>(() => MesoRulesJson.Deserialize<DisclosureAcknowledgment>(json.Replace("\"it\"", "\"de\"", StringComparison.Ordinal)));
        Assert.Throws<System.Text.Json.JsonException>(() => MesoRulesJson.Deserialize<DisclosureAcknowledgment>(json.Replace("\"it\"", "null", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("\"es-MX\"", "es")]
    [InlineData("\"de\"", "en")]
    public void A_plan_request_reads_its_language_as_a_tag(string value, string expected)
    {
        string json = MesoRulesJson.Serialize(Request(Severity.Mild).With(r => r.Language = PatientLanguage.French));
        Assert.Equal("fr", System.Text.Json.Nodes.JsonNode.Parse(json)!["language"]!.GetValue<string>());
        Assert.Equal(expected, MesoRulesJson.Deserialize<PlanRequest>(json.Replace("\"fr\"", value, StringComparison.Ordinal)).Language!.Tag);
    }

    [Theory]
    [InlineData("\"pt_BR\"")]
    [InlineData("\"\"")]
    [InlineData("42")]
    public void A_plan_request_with_a_malformed_language_is_refused_naming_the_member(string value)
    {
        string json = MesoRulesJson.Serialize(Request(Severity.Mild).With(r => r.Language = PatientLanguage.French)).Replace("\"fr\"", value, StringComparison.Ordinal);
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => MesoRulesJson.Deserialize<PlanRequest>(json));
        Assert.Contains("language", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_inputs_give_byte_identical_documents_under_any_thread_culture()
    {
        string[] documents = ThreadCulture.Each(["en-US", "tr-TR", "ar-SA", "th-TH"], () => string.Join("\n--\n", PatientLanguage.Shipped.SelectMany(l => new[]
        {
            Disclosures.Disclose(SamplePatients.Clear, l).Render(DocumentFormat.Markdown),
            new AftercareEngine().Schedule([Now], [], l).Render(TimeZoneInfo.FindSystemTimeZoneById("Europe/Istanbul"), DocumentFormat.Markdown),
            string.Join("\n", new SessionPlanner().Plan(Request(Severity.Severe).With(r => r.Language = l)).Findings.Select(f => f.Text)),
        })));
        Assert.Single(documents.Distinct(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"de\"")]
    [InlineData("\"es-MX\"")]
    [InlineData("null")]
    public void A_result_read_back_must_name_a_shipped_language_exactly(string? value)
    {
        AftercareSchedule schedule = new AftercareEngine().Schedule([Now], [], PatientLanguage.Spanish);
        var node = System.Text.Json.Nodes.JsonNode.Parse(MesoRulesJson.Serialize(schedule))!.AsObject();
        if (value is null)
        {
            node.Remove("language");
        }
        else
        {
            node["language"] = System.Text.Json.Nodes.JsonNode.Parse(value);
        }

        Assert.Throws<System.Text.Json.JsonException>(() => MesoRulesJson.Deserialize<AftercareSchedule>(node.ToJsonString()));
        Assert.Same(PatientLanguage.Spanish, MesoRulesJson.Deserialize<AftercareSchedule>(MesoRulesJson.Serialize(schedule)).Language);
    }

    [Fact]
    public void An_acknowledgment_verified_against_a_disclosure_in_another_language_says_so()
    {
        DisclosureAcknowledgment english = Disclosures.Acknowledge(Disclosures.Disclose(SamplePatients.Clear), "record-1", AcknowledgingParty.Patient);
        AcknowledgmentVerification check = english.Verify(Disclosures.Disclose(SamplePatients.Clear, PatientLanguage.Spanish), Now.AddDays(7));
        Assert.Equal(ConsentStatus.StaleText, check.Status);
        Assert.Contains("in English (en); the current disclosure given is in Spanish (es)", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disclosure_s_prepared_date_is_written_in_its_language()
    {
        Assert.Contains("1 de marzo de 2026 09:00:00 UTC", Disclosures.Disclose(SamplePatients.Clear, PatientLanguage.Spanish).Render(), StringComparison.Ordinal);
        Assert.Contains("2026-03-01 09:00:00 UTC", Disclosures.Disclose(SamplePatients.Clear).Render(), StringComparison.Ordinal);
    }
}
