using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Tests.Patients;

namespace MesoRules.Tests.Eligibility;

public class EligibilityBadInputTests
{
    private static readonly EligibilityEngine Engine = new();

    [Fact]
    public void A_null_patient_is_an_argument_null_exception_naming_the_parameter()
    {
        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => Engine.Assess(null!));
        Assert.Equal("patient", ex.ParamName);
    }

    [Fact]
    public void A_null_policy_provider_is_rejected()
    {
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => new EligibilityEngine(null!)).ParamName);
    }

    public static TheoryData<string, PatientProfile> OutOfRange => new()
    {
        { "patient.Cause", SamplePatients.Clear.With(it0 => { it0.Cause = (HairLossCause)99; }) },
        { "patient.Severity", SamplePatients.Clear.With(it1 => { it1.Severity = (Severity)(-1); }) },
        { "patient.Response", SamplePatients.Clear.With(it2 => { it2.Response = (TreatmentResponse)7; }) },
        { "patient.AgeYears", SamplePatients.Clear.With(it3 => { it3.AgeYears = -1; }) },
        { "patient.AgeYears", SamplePatients.Clear.With(it4 => { it4.AgeYears = 131; }) },
        { "patient.AgeYears", SamplePatients.Clear.With(it5 => { it5.AgeYears = int.MaxValue; }) },
        { "patient.Health.Diabetes", SamplePatients.Clear.With(it7 => { it7.Health = HealthHistory.AllNo.With(it6 => { it6.Diabetes = (Answer)3; }); }) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Undefined_enum_values_and_absurd_ages_are_out_of_range_naming_the_member(string member, PatientProfile patient)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Assess(patient));
        Assert.Equal(member, ex.ParamName);
        Assert.DoesNotContain("131", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, PatientProfile> Nulls => new()
    {
        { "patient.Health", SamplePatients.Clear.With(it8 => { it8.Health = null!; }) },
        { "patient.Allergies", SamplePatients.Clear.With(it9 => { it9.Allergies = null!; }) },
        { "patient.Allergies[1]", SamplePatients.Clear.With(it10 => { it10.Allergies = [new KnownAllergy("latex"), null!]; }) },
        { "patient.CurrentMedicines", SamplePatients.Clear.With(it11 => { it11.CurrentMedicines = null!; }) },
        { "patient.CurrentMedicines[0]", SamplePatients.Clear.With(it12 => { it12.CurrentMedicines = [null!]; }) },
    };

    [Theory]
    [MemberData(nameof(Nulls))]
    public void Null_collections_and_elements_are_argument_null_exceptions_naming_the_member(string member, PatientProfile patient)
    {
        Assert.Equal(member, Assert.Throws<ArgumentNullException>(() => Engine.Assess(patient)).ParamName);
    }

    [Fact]
    public void A_blank_allergy_or_component_is_an_argument_exception()
    {
        Assert.Equal("patient.Allergies[0].Substance", Assert.Throws<ArgumentException>(() => Engine.Assess(SamplePatients.Clear.With(it13 => { it13.Allergies = [new KnownAllergy(" ")]; }))).ParamName);
        Assert.Equal("patient.Formulation.Components[1]", Assert.Throws<ArgumentException>(() => Engine.Assess(SamplePatients.Clear.With(it14 => { it14.Formulation = new Formulation("m", ["biotin", ""]); }))).ParamName);
    }

    [Fact]
    public void No_message_or_text_form_carries_the_patient_allergies_or_medicines()
    {
        PatientProfile patient = SamplePatients.Clear.With(it15 => { it15.Allergies = [new KnownAllergy("penicillin-secret", Anaphylaxis: true), null!]; it15.CurrentMedicines = ["warfarin-secret"]; });

        ArgumentNullException ex = Assert.Throws<ArgumentNullException>(() => Engine.Assess(patient));
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", patient.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", new KnownAllergy("penicillin-secret").ToString(), StringComparison.Ordinal);

        PatientProfile valid = patient.With(it16 => { it16.Allergies = [new KnownAllergy("penicillin-secret")]; });
        EligibilityAssessment assessment = Engine.Assess(valid);
        Assert.DoesNotContain("secret", assessment.ToString(), StringComparison.Ordinal);
        Assert.All(assessment.Notes, n => Assert.DoesNotContain("secret", n.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_history_is_assessed_and_asks_for_everything_it_needs()
    {
        EligibilityAssessment a = Engine.Assess(new PatientProfile());
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, a.Outcome);
        Assert.Contains(a.Notes, n => n.RuleId == EligibilityRuleIds.DisclosureRequired && n.Reason == RuleState.MissingInformation);
        Assert.Equal(12, a.Notes.Count(n => n.Reason == RuleState.MissingInformation && n.Facts[0].StartsWith("health.", StringComparison.Ordinal)));
        Assert.Contains(a.Notes, n => n.RuleId == EligibilityRuleIds.Minor && n.Reason == RuleState.MissingInformation);
    }
}
