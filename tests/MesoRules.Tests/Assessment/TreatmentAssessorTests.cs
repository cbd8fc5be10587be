using System.Text.Json;
using MesoRules.Assessment;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Serialization;
using MesoRules.Tests.Patients;
using Microsoft.Extensions.DependencyInjection;

namespace MesoRules.Tests.Assessment;

public class TreatmentAssessorTests
{
    private static readonly PlanRequest Request = new()
    {
        Patient = SamplePatients.Clear.With(it1 => { it1.Health = HealthHistory.AllNo.With(it0 => { it0.Diabetes = Answer.Yes; }); }),
        CourseStart = new DateOnly(2026, 3, 2),
        TimeZone = TimeZoneInfo.Utc,
    };

    [Fact]
    public void One_call_returns_eligibility_disclosure_plan_and_first_aftercare_from_one_policy()
    {
        TreatmentAssessment a = new TreatmentAssessor().Assess(Request);
        Assert.Equal(EligibilityOutcome.EligibleWithCautions, a.Eligibility.Outcome);
        Assert.Equal(6, a.Disclosure.Risks.Length);
        Assert.Equal(RiskLevel.Raised, a.Disclosure.GetRisk(DisclosureRuleIds.Infection).Level);
        Assert.Equal(new DateOnly(2026, 3, 2), a.Plan.Sessions[0].Date);
        Assert.NotNull(a.FirstSessionAftercare);
        Assert.Equal(a.Plan.Sessions[0].End, a.FirstSessionAftercare.SessionEnd);
        string version = MesoRulesPolicy.Default.Version;
        Assert.All(new[] { a.PolicyVersion, a.Eligibility.PolicyVersion, a.Disclosure.PolicyVersion, a.Plan.PolicyVersion, a.FirstSessionAftercare.PolicyVersion }, v => Assert.Equal(version, v));
    }

    [Fact]
    public void A_deferred_patient_gets_a_disclosure_but_no_sessions_and_no_aftercare()
    {
        PlanRequest request = Request.With(it4 => { it4.Patient = Request.Patient.With(it3 => { it3.Health = HealthHistory.AllNo.With(it2 => { it2.Pregnancy = Answer.Yes; }); }); });
        TreatmentAssessment a = new TreatmentAssessor().Assess(request);
        Assert.Equal(EligibilityOutcome.Deferred, a.Eligibility.Outcome);
        Assert.Empty(a.Plan.Sessions);
        Assert.Null(a.FirstSessionAftercare);
        Assert.Equal(6, a.Disclosure.Risks.Length);
    }

    [Fact]
    public void The_assessor_comes_from_AddMesoRules_with_the_clinic_policy()
    {
        using ServiceProvider sp = new ServiceCollection().AddMesoRules(o => o.PolicyName = "north").BuildServiceProvider();
        TreatmentAssessment a = sp.GetRequiredService<TreatmentAssessor>().Assess(Request);
        Assert.Equal(sp.GetRequiredService<IMesoRulesPolicyProvider>().Current.Version, a.PolicyVersion);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, a.PolicyVersion);
    }

    [Fact]
    public void Bad_input_is_an_argument_exception()
    {
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => new TreatmentAssessor().Assess(null!)).ParamName);
        Assert.Equal("request.Patient.AgeYears", Assert.Throws<ArgumentOutOfRangeException>(() => new TreatmentAssessor().Assess(Request.With(it6 => { it6.Patient = Request.Patient.With(it5 => { it5.AgeYears = 500; }); }))).ParamName);
    }

    [Fact]
    public void The_full_assessment_serializes_to_json_and_acknowledgments_round_trip()
    {
        TreatmentAssessment a = new TreatmentAssessor().Assess(Request);
        string json = MesoRulesJson.Serialize(a);
        Assert.Contains($"\"contentHash\": \"{a.Disclosure.ContentHash}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"firstSessionAftercare\": {", json, StringComparison.Ordinal);

        var engine = new DisclosureEngine();
        DisclosureAcknowledgment ack = engine.Acknowledge(a.Disclosure, "MRN-7", AcknowledgingParty.Guardian);
        DisclosureAcknowledgment back = MesoRulesJson.Deserialize<DisclosureAcknowledgment>(MesoRulesJson.Serialize(ack));
        ResultAssert.Same(ack, back);
        Assert.Equal(ConsentStatus.Valid, back.Verify(a.Disclosure, back.AcknowledgedAt.AddDays(1)).Status);
        Assert.Equal(ConsentStatus.GivenAfterFirstSession, back.Verify(a.Disclosure, back.AcknowledgedAt).Status);
    }

    [Fact]
    public void A_stored_acknowledgment_with_a_bad_hash_is_a_json_error_naming_the_field()
    {
        string json = "{\"disclosureHash\":\"xyz\",\"policyVersion\":\"0123456789abcdef\",\"patientReference\":\"MRN-1\",\"acknowledgedAt\":\"2026-03-01T10:00:00+00:00\",\"acknowledgedBy\":\"Patient\"}";
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<DisclosureAcknowledgment>(json));
        Assert.Contains("disclosureHash", ex.Message, StringComparison.Ordinal);
    }
}
