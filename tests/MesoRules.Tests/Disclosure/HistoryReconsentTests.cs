using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Serialization;
using MesoRules.Tests.Properties;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

/// <summary>domain.md section 5: a changed medical history asks for re-consent, even when no shown word changes.</summary>
public class HistoryReconsentTests
{
    private const string PatientRef = "MRN-0042-secret";

    private static PatientProfile NowPregnant => Reference.With(it1 => { it1.Health = Reference.Health.With(it0 => { it0.Pregnancy = Answer.Yes; }); });

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// The history hash of the reference patient (pattern hair loss, every answer "no", no allergies or medicines,
    /// a biotin and hyaluronic acid mix): pins the canonical history format. It changes only with that format, and
    /// a change makes every stored acknowledgment <see cref="AcknowledgmentStatus.StaleHistory"/>, so it must be
    /// deliberate. Format 3 (lists as a count and items, anaphylaxis a field of its own) set it.
    /// </summary>
    private const string GoldenReferenceHistoryHash = "3371663cb9e7de072523c7e514d2ccb97ec2c3051021e8f29dde5e65bd881156";

    [Fact]
    public void The_reference_patient_has_the_committed_history_hash()
    {
        string actual = Engine.Disclose(Reference).HistoryHash;
        Assert.True(actual == GoldenReferenceHistoryHash, $"The history hash of the reference patient moved from {GoldenReferenceHistoryHash} to {actual}; if the canonical history changed on purpose, update the constant.");
    }

    [Fact]
    public void The_history_hash_follows_the_documented_canonical_form()
    {
        PatientProfile patient = Reference.With(it3 => { it3.Cause = HairLossCause.TelogenEffluvium; it3.Health = HealthHistory.AllUnknown.With(it2 => { it2.Diabetes = Answer.Yes; it2.Pregnancy = Answer.No; }); it3.Allergies = [new KnownAllergy(" latex "), new KnownAllergy("Biotin", Anaphylaxis: true)]; it3.CurrentMedicines = ["warfarin"]; });

        // Written out by hand from the remarks of RiskDisclosure, so the documentation and the code cannot drift apart.
        const string expected =
            "mesorules-history/3\n" +
            "cause=telogen-effluvium\n" +
            "health.pregnancy=no\nhealth.breastfeeding=unknown\nhealth.active-scalp-infection=unknown\nhealth.active-skin-disease=unknown\n" +
            "health.bleeding-disorder=unknown\nhealth.anticoagulants=unknown\nhealth.immunosuppression=unknown\nhealth.diabetes=yes\n" +
            "health.autoimmune-disease=unknown\nhealth.cancer-treatment=unknown\nhealth.keloid-tendency=unknown\nhealth.infection-predisposition=unknown\n" +
            "allergies.disclosed=true\nallergies.count=2\n" +
            "allergies[0].substance=BIOTIN\nallergies[0].anaphylaxis=true\nallergies[1].substance=LATEX\nallergies[1].anaphylaxis=false\n" +
            "medicines.disclosed=true\nmedicines.count=1\nmedicines[0]=WARFARIN\n" +
            "components.count=2\ncomponents[0]=BIOTIN\ncomponents[1]=HYALURONIC ACID\n";

        Assert.Equal(Sha256(expected), Engine.Disclose(patient).HistoryHash);
    }

    [Fact]
    public void A_new_pregnancy_leaves_the_text_alone_but_makes_the_acknowledgment_stale_history()
    {
        DisclosureAcknowledgment ack = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);
        RiskDisclosure now = Engine.Disclose(NowPregnant);

        Assert.Equal(ack.DisclosureHash, now.ContentHash);
        AcknowledgmentVerification v = ack.Verify(now, FirstSession);

        Assert.Equal(ConsentStatus.StaleHistory, v.Status);
        Assert.False(v.IsValid);
        Assert.Contains(DisclosureRuleIds.Consent, v.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(now.HistoryHash, v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_mix_asks_for_re_consent_even_when_no_shown_word_changes()
    {
        DisclosureAcknowledgment ack = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);
        RiskDisclosure dutasteride = Engine.Disclose(Reference.With(it4 => { it4.Formulation = new Formulation("anti-androgen mix", ["dutasteride", "biotin"]); }));

        Assert.Equal(ack.DisclosureHash, dutasteride.ContentHash);
        Assert.Equal(ConsentStatus.StaleHistory, ack.Verify(dutasteride, FirstSession).Status);
        Assert.Equal(
            Engine.Disclose(Reference.With(it5 => { it5.Formulation = null; })).HistoryHash,
            Engine.Disclose(Reference.With(it6 => { it6.Formulation = new Formulation("empty", []); })).HistoryHash);
    }

    [Fact]
    public void The_consent_check_reports_the_changed_history_and_blocks()
    {
        DisclosureAcknowledgment ack = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);

        ConsentCheck same = Engine.CheckConsent(Reference, [ack], FirstSession);
        ConsentCheck changed = Engine.CheckConsent(NowPregnant, [ack], FirstSession);

        Assert.Equal(ConsentStatus.Valid, same.Status);
        Assert.Equal(ConsentStatus.StaleHistory, changed.Status);
        Assert.True(changed.Blocking);
    }

    [Fact]
    public void The_planner_consent_gate_blocks_after_a_history_change_and_opens_after_re_consent()
    {
        var planner = new SessionPlanner();
        // A new medicine changes neither eligibility nor the disclosure's words, only the history.
        PlanRequest request = PlanningRequest(Reference.With(it7 => { it7.CurrentMedicines = ["ibuprofen"]; }));
        DisclosureAcknowledgment old = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);

        SessionPlan blocked = planner.Plan(request.With(it8 => { it8.Acknowledgments = [old]; }));
        PlanFinding gate = Assert.Single(blocked.Findings, f => f.RuleId == DisclosureRuleIds.Consent);
        Assert.Equal(PlanFindingKind.Blocking, gate.Kind);
        Assert.Contains("medical history changed", gate.Text, StringComparison.Ordinal);

        DisclosureAcknowledgment renewed = Engine.Acknowledge(Engine.Disclose(request.Patient), PatientRef, AcknowledgingParty.Patient);
        SessionPlan open = planner.Plan(request.With(it9 => { it9.Acknowledgments = [old, renewed]; }));
        Assert.Equal(PlanFindingKind.Information, Assert.Single(open.Findings, f => f.RuleId == DisclosureRuleIds.Consent).Kind);
    }

    [Fact]
    public void An_acknowledgment_stored_without_a_history_hash_still_verifies_on_text_policy_and_time()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        var stored = new DisclosureAcknowledgment(d.ContentHash, d.PolicyVersion, PatientRef, Prepared, AcknowledgingParty.Patient);

        Assert.Null(stored.HistoryHash);
        Assert.Equal(ConsentStatus.Valid, stored.Verify(Engine.Disclose(NowPregnant), FirstSession).Status);
        Assert.Equal(ConsentStatus.GivenAfterFirstSession, stored.Verify(d, Prepared).Status);
    }

    [Fact]
    public void The_text_check_comes_before_the_history_check()
    {
        DisclosureAcknowledgment ack = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);
        RiskDisclosure diabetic = Engine.Disclose(Reference.With(it11 => { it11.Health = Reference.Health.With(it10 => { it10.Diabetes = Answer.Yes; }); }));

        Assert.Equal(ConsentStatus.StaleText, ack.Verify(diabetic, FirstSession).Status);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz2cd5c2d3cbf1bd3bba8f8a2f5fbc3eef76bb0fbfbd9b3f0e4ad7a5d4e4b0aa")]
    public void A_history_hash_of_the_wrong_length_or_alphabet_is_refused_naming_it(string bad)
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            new DisclosureAcknowledgment(d.ContentHash, d.PolicyVersion, PatientRef, Prepared, AcknowledgingParty.Patient, bad));
        Assert.Equal("historyHash", ex.ParamName);
        Assert.DoesNotContain(bad, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_the_acknowledgment_nor_the_disclosure_prints_the_history_hash()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        DisclosureAcknowledgment ack = Engine.Acknowledge(d, PatientRef, AcknowledgingParty.Patient);
        Assert.DoesNotContain(d.HistoryHash, ack.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(d.HistoryHash, d.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(d.HistoryHash, d.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_hash_survives_json_and_an_older_record_without_it_still_reads()
    {
        DisclosureAcknowledgment ack = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);
        string json = MesoRulesJson.Serialize(ack);
        Assert.Contains("\"historyHash\": \"" + ack.HistoryHash + "\"", json, StringComparison.Ordinal);
        ResultAssert.Same(ack, MesoRulesJson.Deserialize<DisclosureAcknowledgment>(json));

        string older = $"{{\"disclosureHash\":\"{ack.DisclosureHash}\",\"policyVersion\":\"{ack.PolicyVersion}\",\"patientReference\":\"MRN-1\",\"acknowledgedAt\":\"2026-03-01T10:00:00+00:00\",\"acknowledgedBy\":\"Patient\"}}";
        Assert.Null(MesoRulesJson.Deserialize<DisclosureAcknowledgment>(older).HistoryHash);
    }

    [Property(MaxTest = 200)]
    public Property Age_severity_response_the_mix_name_and_the_order_case_and_spacing_of_lists_leave_the_history_hash_alone() =>
        Prop.ForAll(Generators.AnyPatient, Generators.AnyPatient, (p, other) =>
        {
            PatientProfile q = p.With(it13 => { it13.AgeYears = other.AgeYears; it13.Severity = other.Severity; it13.Response = other.Response; it13.Formulation = p.Formulation is { } mix ? new Formulation("renamed", [.. mix.Components.Reverse().Select(c => " " + c.ToUpperInvariant())]) : null; it13.Allergies = [.. p.Allergies.Reverse().Select(a => new KnownAllergy("  " + a.Substance.ToUpperInvariant(), a.Anaphylaxis))]; it13.CurrentMedicines = [.. p.CurrentMedicines.Reverse().Select(m => m.ToLowerInvariant() + " ")]; });
            return Engine.Disclose(p).HistoryHash == Engine.Disclose(q).HistoryHash;
        });

    [Property(MaxTest = 200)]
    public Property Any_changed_health_answer_cause_allergy_or_medicine_changes_the_history_hash() =>
        Prop.ForAll(Generators.AnyPatient, Gen.Choose(0, 14).ToArbitrary(), (p, change) =>
        {
            PatientProfile q = change switch
            {
                < 12 => p.With(it14 => { it14.Health = p.Health.With((HealthFactor)change, Next(p.Health.Get((HealthFactor)change))); }),
                12 => p.With(it15 => { it15.Cause = (HairLossCause)(((int)p.Cause + 1) % 5); }),
                13 => p.With(it16 => { it16.Allergies = [.. p.Allergies, new KnownAllergy("a substance never seen before")]; }),
                _ => p.With(it17 => { it17.CurrentMedicines = [.. p.CurrentMedicines, "another medicine"]; }),
            };
            return Engine.Disclose(p).HistoryHash != Engine.Disclose(q).HistoryHash;
        });

    [Property(MaxTest = 300)]
    public Property The_history_hash_is_the_sha256_of_a_canonical_text_with_one_escaped_field_per_line() =>
        Prop.ForAll(
            Generators.AnyPatient,
            Gen.SubListOf(["warfarin", " Warfarin", "line\nbreak", "carriage\rreturn", "back\\slash", "a=b", "ümlaut", "x", new string('m', 400)]).ToArbitrary(),
            (p, medicines) =>
            {
                PatientProfile q = p.With(it => { it.CurrentMedicines = [.. medicines]; it.Allergies = [.. p.Allergies, .. medicines.Take(2).Select(m => new KnownAllergy(m, m.Length > 3))]; });
                string text = HistoryFingerprint.CanonicalText(q);
                string[] lines = text.Split('\n');
                return HistoryFingerprint.Compute(q) == Sha256(text)
                    && lines[0] == HistoryFingerprint.Header
                    && lines[^1].Length == 0
                    && lines[1..^1].All(l => l.Contains('=', StringComparison.Ordinal) && !l.Contains('\r', StringComparison.Ordinal))
                    && lines.Count(l => l.StartsWith("medicines[", StringComparison.Ordinal)) == medicines.Select(m => m.Trim().ToUpperInvariant()).Distinct().Count();
            });

    private static Answer Next(Answer answer) => (Answer)(((int)answer + 1) % 3);

    private static PlanRequest PlanningRequest(PatientProfile patient) => new()
    {
        Patient = patient,
        CourseStart = DateOnly.FromDateTime(FirstSession.UtcDateTime),
        TimeZone = TimeZoneInfo.Utc,
    };
}
