using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Tests.Disclosure;

namespace MesoRules.Tests.Patients;

/// <summary>
/// Blank is blank everywhere blank is refused: a string of white space, control characters or invisible format
/// characters (zero-width space, soft hyphen, word joiner, byte order mark, Hangul filler...) is refused like an empty one.
/// </summary>
public class BlankInputTests
{
    private static readonly EligibilityEngine Eligibility = new();

    public static TheoryData<string> Blanks =>
    [
        "",
        "   ",
        "\t\r\n",
        "\u200B",
        "\u200B\u200C\u200D",
        "\u00AD",
        "\u2060\uFEFF",
        "\u3164",
        "\u115F\u1160",
        "\u2800",
        "\u00A0\u2003",
        "\u0000",
        " \u200B \u00AD ",
        "\U000E0020",
        "\u034F",
        "\uFE0F",
        "\u17B4",
        "\u200B\U000E0041\U000E007F",
    ];

    [Theory]
    [MemberData(nameof(Blanks))]
    public void A_blank_disclosure_label_is_refused(string blank)
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => DisclosureLabels.Default.With(nameof(DisclosureLabels.Likelihood), blank)).ParamName);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void A_blank_allergy_is_refused_naming_the_member(string blank)
    {
        PatientProfile patient = SamplePatients.Clear.With(it0 => { it0.Allergies = [new KnownAllergy("biotin"), new KnownAllergy(blank)]; });
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Eligibility.Assess(patient));
        Assert.Equal("patient.Allergies[1].Substance", ex.ParamName);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void A_blank_medicine_is_refused_like_a_blank_allergy(string blank)
    {
        PatientProfile patient = SamplePatients.Clear.With(it1 => { it1.CurrentMedicines = ["metformin 500 mg", blank]; });
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Eligibility.Assess(patient));
        Assert.Equal("patient.CurrentMedicines[1]", ex.ParamName);
        Assert.Equal("patient.CurrentMedicines[1]", Assert.Throws<ArgumentException>(() => DisclosureTestData.Engine.Disclose(patient)).ParamName);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void A_blank_formulation_component_is_refused(string blank)
    {
        PatientProfile patient = SamplePatients.Clear.With(it2 => { it2.Formulation = new Formulation("mix", ["biotin", blank]); });
        Assert.Equal("patient.Formulation.Components[1]", Assert.Throws<ArgumentException>(() => Eligibility.Assess(patient)).ParamName);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void A_blank_patient_reference_is_refused_and_never_echoed(string blank)
    {
        RiskDisclosure disclosure = DisclosureTestData.Engine.Disclose(SamplePatients.Clear);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => DisclosureTestData.Engine.Acknowledge(disclosure, blank, AcknowledgingParty.Patient));
        Assert.Equal("patientReference", ex.ParamName);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("---")]
    [InlineData("., ;")]
    [InlineData("\u2014")]
    public void A_substance_without_a_letter_or_digit_is_refused_because_it_could_never_match(string punctuation)
    {
        Assert.Equal("patient.Allergies[0].Substance", Assert.Throws<ArgumentException>(() => Eligibility.Assess(SamplePatients.Clear.With(it3 => { it3.Allergies = [new KnownAllergy(punctuation)]; }))).ParamName);
        Assert.Equal("patient.CurrentMedicines[0]", Assert.Throws<ArgumentException>(() => Eligibility.Assess(SamplePatients.Clear.With(it4 => { it4.CurrentMedicines = [punctuation]; }))).ParamName);
        Assert.Equal("patient.Formulation.Components[0]", Assert.Throws<ArgumentException>(() => Eligibility.Assess(SamplePatients.Clear.With(it5 => { it5.Formulation = new Formulation("mix", [punctuation]); }))).ParamName);
    }

    [Theory]
    [InlineData("MRN-1")]
    [InlineData("\u200BMRN-1")]
    [InlineData("患者-7")]
    public void A_reference_with_a_visible_character_is_accepted(string reference)
    {
        RiskDisclosure disclosure = DisclosureTestData.Engine.Disclose(SamplePatients.Clear);
        Assert.Equal(reference, DisclosureTestData.Engine.Acknowledge(disclosure, reference, AcknowledgingParty.Patient).PatientReference);
    }

    [Fact]
    public void A_blank_label_of_a_patient_activity_falls_back_to_the_activity_name()
    {
        PlanRequest request = new()
        {
            Patient = SamplePatients.Clear,
            CourseStart = new DateOnly(2026, 3, 2),
            TimeZone = TimeZoneInfo.Utc,
            PatientActivities = [new PatientActivity(MesoRules.Aftercare.AftercareActivity.Sun, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4), "\u200B")],
        };
        SessionPlan plan = new SessionPlanner().Plan(request);
        PlanFinding moved = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity);
        Assert.DoesNotContain("\u200B", moved.Text, StringComparison.Ordinal);
    }
}
