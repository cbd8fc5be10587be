using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Tests.Patients;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Tests.Eligibility;

/// <summary>A clinic may record that a patient cannot become pregnant (domain digest, section 6: "Pregnancy possible").</summary>
public class PregnancyPossibleTests
{
    private static readonly EligibilityEngine Engine = new();

    private static readonly Formulation Dutasteride = new("anti-androgen mix", ["dutasteride 0.01%", "biotin"]);

    private static PatientProfile Patient(Answer possible, Answer pregnancy, Answer breastfeeding) =>
        SamplePatients.Clear.With(p =>
        {
            p.PregnancyPossible = possible;
            p.Formulation = Dutasteride;
            p.Health = HealthHistory.AllNo.With(h => { h.Pregnancy = pregnancy; h.Breastfeeding = breastfeeding; });
        });

    private static string[] Fired(EligibilityAssessment a) =>
        [.. a.Notes.Where(n => n.RuleId is Pregnancy or Breastfeeding or PregnancyAvoidanceComponent or PregnancyPossibleContradictsAnswer).Select(n => $"{n.RuleId}:{n.Reason}")];

    [Fact]
    public void Unknown_is_the_default()
    {
        Assert.Equal(Answer.Unknown, new PatientProfile().PregnancyPossible);
    }

    [Theory]
    [InlineData(Answer.No, Answer.Unknown, Answer.No, EligibilityOutcome.Eligible, new string[0])]
    [InlineData(Answer.No, Answer.No, Answer.No, EligibilityOutcome.Eligible, new string[0])]
    [InlineData(Answer.No, Answer.Yes, Answer.No, EligibilityOutcome.NeedsInformation, new[] { "eligibility.pregnancy-possible.contradicts-answer:Fired" })]
    [InlineData(Answer.No, Answer.Unknown, Answer.Unknown, EligibilityOutcome.NeedsInformation, new[] { "eligibility.breastfeeding:MissingInformation" })] // still asked
    [InlineData(Answer.No, Answer.No, Answer.Yes, EligibilityOutcome.Deferred, new[] { "eligibility.breastfeeding:Fired" })]
    [InlineData(Answer.Unknown, Answer.Unknown, Answer.No, EligibilityOutcome.NeedsInformation, new[] { "eligibility.pregnancy:MissingInformation", "eligibility.formulation.pregnancy-avoidance:Fired" })]
    [InlineData(Answer.Unknown, Answer.No, Answer.No, EligibilityOutcome.EligibleWithCautions, new[] { "eligibility.formulation.pregnancy-avoidance:Fired" })]
    [InlineData(Answer.Yes, Answer.No, Answer.No, EligibilityOutcome.EligibleWithCautions, new[] { "eligibility.formulation.pregnancy-avoidance:Fired" })]
    [InlineData(Answer.Yes, Answer.Yes, Answer.No, EligibilityOutcome.Deferred, new[] { "eligibility.pregnancy:Fired", "eligibility.formulation.pregnancy-avoidance:Fired" })]
    [InlineData(Answer.Unknown, Answer.No, Answer.Yes, EligibilityOutcome.Deferred, new[] { "eligibility.breastfeeding:Fired", "eligibility.formulation.pregnancy-avoidance:Fired" })]
    public void No_silences_the_pregnancy_question_and_advice_a_yes_answer_against_it_asks_and_breastfeeding_is_still_asked(Answer possible, Answer pregnancy, Answer breastfeeding, EligibilityOutcome outcome, string[] fired)
    {
        EligibilityAssessment a = Engine.Assess(Patient(possible, pregnancy, breastfeeding));
        Assert.Equal(outcome, a.Outcome);
        Assert.Equal(fired.Order(StringComparer.Ordinal), Fired(a).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_undefined_value_is_refused_by_name()
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Assess(SamplePatients.Clear.With(p => p.PregnancyPossible = (Answer)7)));
        Assert.Equal("patient.PregnancyPossible", ex.ParamName);
    }
}
