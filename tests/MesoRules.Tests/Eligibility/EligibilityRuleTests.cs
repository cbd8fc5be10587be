using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Core;
using MesoRules.Tests.Patients;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Tests.Eligibility;

/// <summary>One example per default rule: it fires on its fact and is silent otherwise.</summary>
public class EligibilityRuleTests
{
    private static readonly EligibilityEngine Engine = new();
    private static readonly PatientProfile Clear = SamplePatients.Clear;

    private static EligibilityAssessment Assess(PatientProfile p) => Engine.Assess(p);

    private static EligibilityNote? Note(EligibilityAssessment a, string id) => a.Notes.SingleOrDefault(n => n.RuleId == id);

    private static EligibilityNote Fired(PatientProfile p, string id)
    {
        EligibilityNote? note = Note(Assess(p), id);
        Assert.NotNull(note);
        return note;
    }

    private static void Silent(PatientProfile p, string id) => Assert.Null(Note(Assess(p), id));

    [Fact]
    public void A_fully_answered_adult_with_pattern_hair_loss_is_eligible_with_only_information_notes()
    {
        EligibilityAssessment a = Assess(Clear);
        Assert.Equal(EligibilityOutcome.Eligible, a.Outcome);
        Assert.True(a.AllowsTreatment);
        Assert.Equal([PatternHairLoss, LimitedEvidence, TemporaryEffect, MaintenanceNeeded, ReasonableExpectations], a.Notes.Select(n => n.RuleId));
        Assert.Equal(MesoRulesPolicy.Default.Version, a.PolicyVersion);
    }

    [Fact]
    public void Pattern_hair_loss_notes_the_better_expected_outcome_with_other_therapies()
    {
        EligibilityNote note = Fired(Clear, PatternHairLoss);
        Assert.Equal(EligibilityOutcome.Eligible, note.Outcome);
        Assert.Equal(Provenance.SourceFaq, note.Provenance);
        Assert.Contains("other hair-loss treatments", note.Text, StringComparison.Ordinal);
        Silent(Clear.With(it0 => { it0.Cause = HairLossCause.TelogenEffluvium; }), PatternHairLoss);
    }

    [Theory]
    [InlineData(HairLossCause.AlopeciaAreata)]
    [InlineData(HairLossCause.TelogenEffluvium)]
    [InlineData(HairLossCause.Other)]
    public void Another_diagnosed_cause_says_efficacy_varies_and_the_cause_needs_treating(HairLossCause cause)
    {
        EligibilityNote note = Fired(Clear.With(it1 => { it1.Cause = cause; }), OtherCause);
        Assert.Equal(EligibilityOutcome.EligibleWithCautions, note.Outcome);
        Assert.Contains("cause itself should be treated", note.Text, StringComparison.Ordinal);
        Assert.Equal(EligibilityOutcome.EligibleWithCautions, Assess(Clear.With(it2 => { it2.Cause = cause; })).Outcome);
        Silent(Clear, OtherCause);
    }

    [Fact]
    public void An_undiagnosed_cause_is_referred_to_a_specialist_first()
    {
        PatientProfile p = Clear.With(it3 => { it3.Cause = HairLossCause.Undiagnosed; });
        EligibilityNote note = Fired(p, UndiagnosedCause);
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, note.Outcome);
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, Assess(p).Outcome);
        Silent(Clear, UndiagnosedCause);
    }

    [Theory]
    [InlineData(LimitedEvidence, "limited")]
    [InlineData(TemporaryEffect, "temporary")]
    [InlineData(MaintenanceNeeded, "maintenance sessions")]
    [InlineData(ReasonableExpectations, "realistic goals")]
    public void Expectation_notes_are_always_given_whatever_the_patient(string id, string phrase)
    {
        foreach (PatientProfile p in new[] { Clear, new PatientProfile(), Clear.With(it4 => { it4.Cause = HairLossCause.Other; it4.Response = TreatmentResponse.None; }) })
        {
            EligibilityNote note = Fired(p, id);
            Assert.Equal(EligibilityOutcome.Eligible, note.Outcome);
            Assert.Equal(Provenance.SourceFaq, note.Provenance);
            Assert.Contains(phrase, note.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Undisclosed_allergies_or_medicines_need_information(bool allergies, bool medicines)
    {
        PatientProfile p = Clear.With(it5 => { it5.AllergiesDisclosed = allergies; it5.MedicinesDisclosed = medicines; });
        EligibilityNote note = Fired(p, DisclosureRequired);
        Assert.Equal(EligibilityOutcome.NeedsInformation, note.Outcome);
        Assert.Equal(RuleState.MissingInformation, note.Reason);
        Assert.Equal(EligibilityOutcome.NeedsInformation, Assess(p).Outcome);
        Silent(Clear, DisclosureRequired);
    }

    [Theory]
    [InlineData(17, true)]
    [InlineData(0, true)]
    [InlineData(18, false)]
    [InlineData(130, false)]
    public void Patients_under_eighteen_are_not_eligible_by_default(int age, bool fires)
    {
        PatientProfile p = Clear.With(it6 => { it6.AgeYears = age; });
        if (fires)
        {
            EligibilityNote note = Fired(p, Minor);
            Assert.Equal(EligibilityOutcome.NotEligible, note.Outcome);
            Assert.Equal(ContraindicationKind.Absolute, note.Contraindication);
            Assert.Equal(EligibilityOutcome.NotEligible, Assess(p).Outcome);
        }
        else
        {
            Silent(p, Minor);
        }
    }

    [Fact]
    public void An_unknown_age_asks_for_the_age()
    {
        EligibilityNote note = Fired(Clear.With(it7 => { it7.AgeYears = null; }), Minor);
        Assert.Equal(RuleState.MissingInformation, note.Reason);
        Assert.Equal(EligibilityOutcome.NeedsInformation, note.Outcome);
        Assert.Equal(["patient.ageYears"], note.Facts.ToArray());
    }

    [Fact]
    public void A_clinic_minimum_age_of_sixteen_lets_a_seventeen_year_old_through()
    {
        var engine = new EligibilityEngine(MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { MinimumAgeYears = 16, MinimumAgeReason = "Treats 16 and 17 year olds with a guardian present" } }));
        Assert.DoesNotContain(engine.Assess(Clear.With(it8 => { it8.AgeYears = 17; })).Notes, n => n.RuleId == Minor);
        Assert.Contains(engine.Assess(Clear.With(it9 => { it9.AgeYears = 15; })).Notes, n => n.RuleId == Minor);
    }

    public static TheoryData<string, string, EligibilityOutcome, ContraindicationKind> HealthRules => new()
    {
        { nameof(HealthFactor.Pregnancy), Pregnancy, EligibilityOutcome.Deferred, ContraindicationKind.Absolute },
        { nameof(HealthFactor.Breastfeeding), Breastfeeding, EligibilityOutcome.Deferred, ContraindicationKind.Absolute },
        { nameof(HealthFactor.ActiveScalpInfection), ScalpInfection, EligibilityOutcome.Deferred, ContraindicationKind.Absolute },
        { nameof(HealthFactor.BleedingDisorder), BleedingDisorder, EligibilityOutcome.ReferToSpecialist, ContraindicationKind.Relative },
        { nameof(HealthFactor.Anticoagulants), Anticoagulants, EligibilityOutcome.ReferToSpecialist, ContraindicationKind.Relative },
        { nameof(HealthFactor.CancerTreatment), CancerTreatment, EligibilityOutcome.Deferred, ContraindicationKind.Absolute },
        { nameof(HealthFactor.ActiveSkinDisease), ActiveSkinDisease, EligibilityOutcome.ReferToSpecialist, ContraindicationKind.Relative },
        { nameof(HealthFactor.Immunosuppression), Immunosuppression, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative },
        { nameof(HealthFactor.AutoimmuneDisease), AutoimmuneDisease, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative },
        { nameof(HealthFactor.Diabetes), Diabetes, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative },
        { nameof(HealthFactor.InfectionPredisposition), InfectionPredisposition, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative },
        { nameof(HealthFactor.KeloidTendency), KeloidTendency, EligibilityOutcome.EligibleWithCautions, ContraindicationKind.Relative },
    };

    [Theory]
    [MemberData(nameof(HealthRules))]
    public void A_known_health_factor_fires_its_rule_with_its_outcome(string factorName, string id, EligibilityOutcome outcome, ContraindicationKind kind)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        PatientProfile p = Clear.With(it10 => { it10.Health = Clear.Health.With(factor, Answer.Yes); });
        EligibilityNote note = Fired(p, id);
        Assert.Equal(outcome, note.Outcome);
        Assert.Equal(kind, note.Contraindication);
        Assert.Equal(RuleState.Fired, note.Reason);
        // The rules a medicine class stands for (anticoagulants, immunosuppression, cancer treatment) read the medicine list too.
        Assert.StartsWith("health.", note.Facts[0], StringComparison.Ordinal);
        Assert.All(note.Facts.Skip(1), f => Assert.Equal("patient.currentMedicines", f));
        Assert.Equal(outcome, Assess(p).Outcome);
    }

    [Theory]
    [MemberData(nameof(HealthRules))]
    public void A_health_factor_answered_no_is_silent(string factorName, string id, EligibilityOutcome outcome, ContraindicationKind kind)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        _ = (factor, outcome, kind);
        Silent(Clear, id);
    }

    [Theory]
    [MemberData(nameof(HealthRules))]
    public void An_unknown_health_factor_asks_for_it_and_never_passes_silently(string factorName, string id, EligibilityOutcome outcome, ContraindicationKind kind)
    {
        HealthFactor factor = Enum.Parse<HealthFactor>(factorName);
        _ = (outcome, kind);
        PatientProfile p = Clear.With(it11 => { it11.Health = Clear.Health.With(factor, Answer.Unknown); });
        EligibilityNote note = Fired(p, id);
        Assert.Equal(RuleState.MissingInformation, note.Reason);
        Assert.Equal(EligibilityOutcome.NeedsInformation, note.Outcome);
        Assert.StartsWith("Please tell us whether", note.Text, StringComparison.Ordinal);
        Assert.Equal(EligibilityOutcome.NeedsInformation, Assess(p).Outcome);
    }

    [Fact]
    public void Anaphylaxis_to_a_component_is_not_eligible_and_fires_both_allergy_rules()
    {
        PatientProfile p = Clear.With(it12 => { it12.Allergies = [new KnownAllergy("Biotin", Anaphylaxis: true)]; });
        EligibilityAssessment a = Assess(p);
        Assert.Equal(EligibilityOutcome.NotEligible, a.Outcome);
        Assert.Equal(ContraindicationKind.Absolute, Note(a, AnaphylaxisToComponent)!.Contraindication);
        Assert.NotNull(Note(a, AllergyToComponent));
        Assert.Null(Note(a, OtherAllergy));
    }

    [Fact]
    public void An_allergy_to_a_component_matches_ignoring_case_and_surrounding_spaces()
    {
        PatientProfile p = Clear.With(it13 => { it13.Allergies = [new KnownAllergy("  HYALURONIC ACID ")]; });
        EligibilityAssessment a = Assess(p);
        Assert.Equal(EligibilityOutcome.NotEligible, Note(a, AllergyToComponent)!.Outcome);
        Assert.Null(Note(a, AnaphylaxisToComponent));
        Assert.Equal(EligibilityOutcome.NotEligible, a.Outcome);
    }

    [Fact]
    public void An_allergy_matching_no_component_is_a_caution()
    {
        PatientProfile p = Clear.With(it14 => { it14.Allergies = [new KnownAllergy("penicillin", Anaphylaxis: true)]; });
        EligibilityAssessment a = Assess(p);
        Assert.Equal(EligibilityOutcome.EligibleWithCautions, a.Outcome);
        Assert.Equal(ContraindicationKind.Relative, Note(a, OtherAllergy)!.Contraindication);
        Assert.Null(Note(a, AllergyToComponent));
        Silent(Clear, OtherAllergy);
    }

    [Fact]
    public void Allergies_without_a_named_formulation_ask_for_the_formulation()
    {
        PatientProfile p = Clear.With(it15 => { it15.Allergies = [new KnownAllergy("latex")]; it15.Formulation = null; });
        EligibilityAssessment a = Assess(p);
        Assert.Equal(RuleState.MissingInformation, Note(a, AllergyToComponent)!.Reason);
        Assert.Equal(EligibilityOutcome.NeedsInformation, a.Outcome);
    }

    [Fact]
    public void A_dutasteride_mix_carries_pregnancy_avoidance_advice()
    {
        PatientProfile p = Clear.With(it16 => { it16.Formulation = new Formulation("anti-androgen mix", ["Dutasteride", "biotin"]); });
        EligibilityNote note = Fired(p, PregnancyAvoidanceComponent);
        Assert.Equal(EligibilityOutcome.EligibleWithCautions, note.Outcome);
        Assert.Equal(Provenance.ClinicalLiterature, note.Provenance);
        Assert.Contains("pregnancy", note.Text, StringComparison.Ordinal);
        Silent(Clear, PregnancyAvoidanceComponent);
    }

    [Fact]
    public void An_unnamed_formulation_needs_information()
    {
        EligibilityNote note = Fired(Clear.With(it17 => { it17.Formulation = null; }), PregnancyAvoidanceComponent);
        Assert.Equal(RuleState.MissingInformation, note.Reason);
    }

    [Fact]
    public void A_clinic_list_of_pregnancy_avoidance_components_replaces_the_default()
    {
        var engine = new EligibilityEngine(MesoRulesPolicy.Create(new MesoRulesOptions { Eligibility = { PregnancyAvoidanceComponents = ["minoxidil"] } }));
        Assert.DoesNotContain(engine.Assess(Clear.With(it18 => { it18.Formulation = new Formulation("m", ["dutasteride"]); })).Notes, n => n.RuleId == PregnancyAvoidanceComponent);
        Assert.Contains(engine.Assess(Clear.With(it19 => { it19.Formulation = new Formulation("m", ["minoxidil"]); })).Notes, n => n.RuleId == PregnancyAvoidanceComponent);
    }

    [Fact]
    public void No_response_to_an_earlier_course_is_referred()
    {
        PatientProfile p = Clear.With(it20 => { it20.Response = TreatmentResponse.None; });
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, Fired(p, NoResponse).Outcome);
        Silent(Clear.With(it21 => { it21.Response = TreatmentResponse.Good; }), NoResponse);
    }

    [Fact]
    public void Every_built_in_rule_has_an_example_in_this_class()
    {
        string[] covered =
        [
            PatternHairLoss, OtherCause, UndiagnosedCause, LimitedEvidence, TemporaryEffect, MaintenanceNeeded, ReasonableExpectations,
            DisclosureRequired, Minor, Pregnancy, Breastfeeding, ScalpInfection, AnaphylaxisToComponent, AllergyToComponent, OtherAllergy,
            BleedingDisorder, Anticoagulants, CancerTreatment, ActiveSkinDisease, Immunosuppression, AutoimmuneDisease, Diabetes,
            InfectionPredisposition, KeloidTendency, PregnancyAvoidanceComponent, NoResponse,

            // Their examples are in MedicineScreeningTests and PregnancyPossibleTests.
            MedicineContradictsAnswer, SystemicRetinoid, PregnancyPossibleContradictsAnswer,
        ];
        Assert.Equal(covered.Order(StringComparer.Ordinal), MesoRulesPolicy.Default.Rules.Where(r => r.Id.StartsWith("eligibility.", StringComparison.Ordinal)).Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_built_in_rule_states_rationale_provenance_and_citation()
    {
        foreach (RuleDescriptor rule in MesoRulesPolicy.Default.Rules.Where(r => r.Id.StartsWith("eligibility.", StringComparison.Ordinal)))
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Summary), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Citation), rule.Id);
            Assert.True(RuleIdSyntax.IsValid(rule.Id), rule.Id);
            Assert.NotEqual(Provenance.Clinic, rule.Provenance);
        }
    }
}
