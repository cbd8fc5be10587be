using System.Text.Json;
using System.Text.Json.Nodes;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Planning;
using MesoRules.Serialization;
using MesoRules.Tests.Disclosure;
using MesoRules.Tests.Patients;

namespace MesoRules.Tests.Serialization;

/// <summary>
/// A result read back from JSON without one of its members is refused, naming the member: a status, an outcome or a
/// flag that nobody wrote never reads as the default value (Allowed, Eligible, not blocking).
/// </summary>
public class MissingMemberTests
{
    private static readonly DateTimeOffset SessionEnd = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);

    private static void AssertRefusedWithout<T>(T value, string member)
    {
        JsonObject json = JsonNode.Parse(MesoRulesJson.Serialize(value))!.AsObject();
        Assert.True(json.Remove(member), $"{typeof(T).Name} has no member {member}");
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<T>(json.ToJsonString()));
        Assert.Contains(member, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("activity")]
    [InlineData("ruleId")]
    [InlineData("policyVersion")]
    public void An_aftercare_check_without_a_member_is_refused(string member)
    {
        AftercareCheck check = new AftercareEngine().Check(AftercareActivity.Sun, SessionEnd.AddHours(1), [SessionEnd]);
        Assert.Equal(check, MesoRulesJson.Deserialize<AftercareCheck>(MesoRulesJson.Serialize(check)));
        AssertRefusedWithout(check, member);
    }

    [Theory]
    [InlineData("outcome")]
    [InlineData("notes")]
    [InlineData("policyVersion")]
    public void An_eligibility_assessment_without_a_member_is_refused(string member) =>
        AssertRefusedWithout(new EligibilityEngine().Assess(SamplePatients.Clear), member);

    [Theory]
    [InlineData("status")]
    [InlineData("required")]
    [InlineData("disclosureHash")]
    public void A_consent_check_without_a_member_is_refused(string member) =>
        AssertRefusedWithout(DisclosureTestData.Engine.CheckConsent(SamplePatients.Clear, [], SessionEnd), member);

    [Theory]
    [InlineData("status")]
    [InlineData("acknowledgedHash")]
    public void An_acknowledgment_verification_without_a_member_is_refused(string member)
    {
        RiskDisclosure disclosure = DisclosureTestData.Engine.Disclose(SamplePatients.Clear);
        AcknowledgmentVerification verification = DisclosureTestData.Engine.Acknowledge(disclosure, "MRN-1", AcknowledgingParty.Patient).Verify(disclosure, SessionEnd.AddDays(30));
        AssertRefusedWithout(verification, member);
    }

    [Theory]
    [InlineData("sessions")]
    [InlineData("findings")]
    [InlineData("eligibility")]
    public void A_session_plan_without_a_member_is_refused(string member) =>
        AssertRefusedWithout(new SessionPlanner().Plan(new PlanRequest { Patient = SamplePatients.Clear, CourseStart = new DateOnly(2026, 3, 2), TimeZone = TimeZoneInfo.Utc }), member);

    [Theory]
    [InlineData("fact")]
    [InlineData("explanation")]
    public void A_risk_raise_without_a_member_is_refused(string member) =>
        AssertRefusedWithout(new RiskRaise("health.diabetes", "Diabetes slows healing."), member);

    [Theory]
    [InlineData("activity")]
    [InlineData("minimum")]
    [InlineData("recommended")]
    public void An_aftercare_instruction_without_a_member_is_refused(string member) =>
        AssertRefusedWithout(new AftercareInstruction(AftercareActivity.Sun, TimeSpan.FromHours(72), TimeSpan.FromHours(96)), member);

    [Theory]
    [InlineData("kind")]
    [InlineData("from")]
    [InlineData("to")]
    public void A_patient_activity_without_a_member_is_refused(string member) =>
        AssertRefusedWithout(new PatientActivity(AftercareActivity.Swimming, new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 5)), member);
}
