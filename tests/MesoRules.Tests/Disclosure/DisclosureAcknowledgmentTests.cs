using Microsoft.Extensions.Time.Testing;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Tests.Disclosure.DisclosureTestData;

namespace MesoRules.Tests.Disclosure;

public class DisclosureAcknowledgmentTests
{
    private const string PatientRef = "MRN-0042-secret";

    [Fact]
    public void Acknowledging_records_the_hash_policy_reference_instant_and_party()
    {
        var clock = new FakeTimeProvider(Prepared);
        var engine = new DisclosureEngine(MesoRulesPolicy.Default, clock);
        RiskDisclosure d = engine.Disclose(Reference);
        clock.SetUtcNow(Prepared.AddMinutes(10));

        DisclosureAcknowledgment ack = engine.Acknowledge(d, PatientRef, AcknowledgingParty.Guardian);

        Assert.Equal(d.ContentHash, ack.DisclosureHash);
        Assert.Equal(d.PolicyVersion, ack.PolicyVersion);
        Assert.Equal(PatientRef, ack.PatientReference);
        Assert.Equal(Prepared.AddMinutes(10), ack.AcknowledgedAt);
        Assert.Equal(AcknowledgingParty.Guardian, ack.AcknowledgedBy);
    }

    [Fact]
    public void An_acknowledgment_of_the_current_disclosure_before_the_first_session_is_valid()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        DisclosureAcknowledgment ack = Engine.Acknowledge(d, PatientRef, AcknowledgingParty.Patient);

        AcknowledgmentVerification v = ack.Verify(Engine.Disclose(Reference), FirstSession);

        Assert.Equal(ConsentStatus.Valid, v.Status);
        Assert.True(v.IsValid);
        Assert.Equal(DisclosureRuleIds.Consent, v.RuleId);
        Assert.Equal(d.PolicyVersion, v.PolicyVersion);
        Assert.Contains(DisclosureRuleIds.Consent, v.Message, StringComparison.Ordinal);
        Assert.Contains(d.PolicyVersion, v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_acknowledgment_rebuilt_from_its_six_values_verifies_the_same()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        DisclosureAcknowledgment ack = Engine.Acknowledge(d, PatientRef, AcknowledgingParty.Patient);
        var rebuilt = new DisclosureAcknowledgment(ack.DisclosureHash.ToUpperInvariant(), ack.PolicyVersion, ack.PatientReference, ack.AcknowledgedAt, ack.AcknowledgedBy, ack.HistoryHash!.ToUpperInvariant());

        ResultAssert.Same(ack, rebuilt);
        Assert.True(rebuilt.Verify(d, FirstSession).IsValid);
    }

    [Fact]
    public void A_changed_patient_history_under_the_same_policy_makes_the_acknowledgment_stale_text()
    {
        DisclosureAcknowledgment ack = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);
        RiskDisclosure now = Engine.Disclose(Reference.With(it1 => { it1.Health = Reference.Health.With(it0 => { it0.Diabetes = Answer.Yes; }); }));

        AcknowledgmentVerification v = ack.Verify(now, FirstSession);

        Assert.Equal(ConsentStatus.StaleText, v.Status);
        Assert.False(v.IsValid);
        Assert.Equal(now.ContentHash, v.CurrentHash);
        Assert.Equal(ack.DisclosureHash, v.AcknowledgedHash);
    }

    [Fact]
    public void A_changed_clinic_wording_makes_the_acknowledgment_stale()
    {
        DisclosureAcknowledgment ack = Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, AcknowledgingParty.Patient);
        RiskDisclosure now = EngineWith(o => o.Texts[$"{DisclosureRuleIds.Pain}.text"] = "Reworded.").Disclose(Reference);

        Assert.Equal(ConsentStatus.StaleText, ack.Verify(now, FirstSession).Status);
    }

    [Fact]
    public void Stale_content_is_reported_before_lateness()
    {
        DisclosureAcknowledgment late = new(Engine.Disclose(Reference).ContentHash, MesoRulesPolicy.Default.Version, PatientRef, FirstSession.AddDays(1), AcknowledgingParty.Patient);
        RiskDisclosure now = Engine.Disclose(Reference.With(it2 => { it2.Cause = HairLossCause.Other; }));
        Assert.Equal(ConsentStatus.StaleText, late.Verify(now, FirstSession).Status);
    }

    public static TheoryData<string, long, ConsentStatus> Instants => new()
    {
        { "a day before", -TimeSpan.TicksPerDay, ConsentStatus.Valid },
        { "one tick before", -1, ConsentStatus.Valid },
        { "at the start", 0, ConsentStatus.GivenAfterFirstSession },
        { "one tick after", 1, ConsentStatus.GivenAfterFirstSession },
        { "a week after", 7 * TimeSpan.TicksPerDay, ConsentStatus.GivenAfterFirstSession },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void An_acknowledgment_must_be_strictly_before_the_first_session_start(string probe, long offsetTicks, ConsentStatus expected)
    {
        _ = probe;
        RiskDisclosure d = Engine.Disclose(Reference);
        var ack = new DisclosureAcknowledgment(d.ContentHash, d.PolicyVersion, PatientRef, FirstSession.AddTicks(offsetTicks), AcknowledgingParty.Patient);
        Assert.Equal(expected, ack.Verify(d, FirstSession).Status);
    }

    [Fact]
    public void The_instant_comparison_ignores_the_offset_it_is_written_in()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        DateTimeOffset sameInstantElsewhere = FirstSession.ToOffset(TimeSpan.FromHours(-5)).AddTicks(-1);
        var ack = new DisclosureAcknowledgment(d.ContentHash, d.PolicyVersion, PatientRef, sameInstantElsewhere, AcknowledgingParty.Patient);
        Assert.True(ack.Verify(d, FirstSession).IsValid);
    }

    public static TheoryData<string> BadHashes =>
    [
        "",
        "abc",
        new string('a', 63),
        new string('a', 65),
        new string('g', 64),
        new string('a', 63) + " ",
        new string('a', 63) + "é",
    ];

    [Theory]
    [MemberData(nameof(BadHashes))]
    public void A_hash_of_the_wrong_length_or_alphabet_is_an_argument_exception_naming_the_parameter(string hash)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new DisclosureAcknowledgment(hash, MesoRulesPolicy.Default.Version, PatientRef, Prepared, AcknowledgingParty.Patient));
        Assert.Equal("disclosureHash", ex.ParamName);
        if (hash.Length > 0)
        {
            Assert.DoesNotContain(hash, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789abcde")]
    [InlineData("0123456789abcdeZ")]
    public void A_policy_version_of_the_wrong_length_or_alphabet_is_an_argument_exception_naming_the_parameter(string version)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new DisclosureAcknowledgment(new string('a', 64), version, PatientRef, Prepared, AcknowledgingParty.Patient));
        Assert.Equal("policyVersion", ex.ParamName);
    }

    [Fact]
    public void Null_arguments_are_argument_null_exceptions_naming_the_parameter()
    {
        string hash = new('a', 64);
        string version = MesoRulesPolicy.Default.Version;
        Assert.Equal("disclosureHash", Assert.Throws<ArgumentNullException>(() => new DisclosureAcknowledgment(null!, version, PatientRef, Prepared, AcknowledgingParty.Patient)).ParamName);
        Assert.Equal("policyVersion", Assert.Throws<ArgumentNullException>(() => new DisclosureAcknowledgment(hash, null!, PatientRef, Prepared, AcknowledgingParty.Patient)).ParamName);
        Assert.Equal("patientReference", Assert.Throws<ArgumentNullException>(() => new DisclosureAcknowledgment(hash, version, null!, Prepared, AcknowledgingParty.Patient)).ParamName);
        Assert.Equal("disclosure", Assert.Throws<ArgumentNullException>(() => Engine.Acknowledge(null!, PatientRef, AcknowledgingParty.Patient)).ParamName);
        DisclosureAcknowledgment ack = new(hash, version, PatientRef, Prepared, AcknowledgingParty.Patient);
        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => ack.Verify(null!, FirstSession)).ParamName);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void A_blank_patient_reference_is_an_argument_exception_without_the_value(string reference)
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Acknowledge(Engine.Disclose(Reference), reference, AcknowledgingParty.Patient));
        Assert.Equal("patientReference", ex.ParamName);
    }

    [Fact]
    public void A_too_long_patient_reference_is_rejected_without_echoing_it()
    {
        string reference = new('x', DisclosureAcknowledgment.MaxPatientReferenceLength + 1);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Engine.Acknowledge(Engine.Disclose(Reference), reference, AcknowledgingParty.Patient));
        Assert.Equal("patientReference", ex.ParamName);
        Assert.DoesNotContain(reference, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_party_is_out_of_range()
    {
        Assert.Equal("acknowledgedBy", Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Acknowledge(Engine.Disclose(Reference), PatientRef, (AcknowledgingParty)5)).ParamName);
    }

    [Fact]
    public void ToString_and_messages_never_hold_the_patient_reference()
    {
        RiskDisclosure d = Engine.Disclose(Reference);
        DisclosureAcknowledgment ack = Engine.Acknowledge(d, PatientRef, AcknowledgingParty.Patient);
        Assert.DoesNotContain(PatientRef, ack.ToString(), StringComparison.Ordinal);

        foreach (DateTimeOffset start in new[] { FirstSession, Prepared })
        {
            AcknowledgmentVerification v = ack.Verify(d, start);
            Assert.DoesNotContain(PatientRef, v.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(PatientRef, v.ToString(), StringComparison.Ordinal);
        }

        ConsentCheck check = Engine.CheckConsent(Reference, [ack], FirstSession);
        Assert.DoesNotContain(PatientRef, check.ToString(), StringComparison.Ordinal);
    }
}
