using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Core;
using MesoRules.Tests.Patients;
using Microsoft.Extensions.Options;

namespace MesoRules.Tests.Eligibility;

/// <summary>Clinics switch rules off, change their outcome and add their own.</summary>
public class ClinicRuleTests
{
    private static readonly PatientProfile Keloid = SamplePatients.Clear.With(it1 => { it1.Health = HealthHistory.AllNo.With(it0 => { it0.KeloidTendency = Answer.Yes; }); });

    private static EligibilityEngine EngineWith(Action<MesoRulesOptions> configure)
    {
        var options = new MesoRulesOptions();
        configure(options);
        return new EligibilityEngine(MesoRulesPolicy.Create(options));
    }

    [Fact]
    public void A_clinic_can_switch_off_a_built_in_rule_by_id()
    {
        EligibilityEngine engine = EngineWith(o => o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency] = new EligibilityRuleOptions { Enabled = false });
        EligibilityAssessment a = engine.Assess(Keloid);
        Assert.DoesNotContain(a.Notes, n => n.RuleId == EligibilityRuleIds.KeloidTendency);
        Assert.Equal(EligibilityOutcome.Eligible, a.Outcome);
        Assert.DoesNotContain(engine.Assess(SamplePatients.Clear).Notes, n => n.RuleId == EligibilityRuleIds.KeloidTendency);
    }

    [Fact]
    public void A_switched_off_rule_does_not_ask_for_its_unknown_fact()
    {
        EligibilityEngine engine = EngineWith(o => o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency] = new EligibilityRuleOptions { Enabled = false });
        PatientProfile p = SamplePatients.Clear.With(it1 => { it1.Health = HealthHistory.AllNo.With(it0 => { it0.KeloidTendency = Answer.Unknown; }); });
        Assert.Equal(EligibilityOutcome.Eligible, engine.Assess(p).Outcome);
    }

    [Fact]
    public void A_clinic_can_change_a_rule_outcome()
    {
        EligibilityEngine engine = EngineWith(o => o.Eligibility.Rules[EligibilityRuleIds.KeloidTendency] = new EligibilityRuleOptions { Outcome = EligibilityOutcome.ReferToSpecialist });
        EligibilityAssessment a = engine.Assess(Keloid);
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, a.Outcome);
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, a.Notes.Single(n => n.RuleId == EligibilityRuleIds.KeloidTendency).Outcome);
    }

    [Fact]
    public void A_clinic_rule_written_in_csharp_fires_after_the_built_in_rules_with_clinic_provenance()
    {
        EligibilityEngine engine = EngineWith(o => o.Eligibility.CustomRules.Add(new EligibilityRule
        {
            Id = "clinic.minoxidil-users",
            Outcome = EligibilityOutcome.EligibleWithCautions,
            Text = "Keep using minoxidil as prescribed; tell the practitioner before each session.",
            Rationale = "Our clinic combines mesotherapy with topical minoxidil.",
            Facts = ["patient.currentMedicines"],
            Condition = p => p.CurrentMedicines.Any(m => m.Contains("minoxidil", StringComparison.OrdinalIgnoreCase)) ? RuleState.Fired : RuleState.Silent,
        }));

        EligibilityAssessment a = engine.Assess(SamplePatients.Clear.With(it4 => { it4.CurrentMedicines = ["Minoxidil 5%"]; }));
        EligibilityNote note = a.Notes[^1];
        Assert.Equal("clinic.minoxidil-users", note.RuleId);
        Assert.Equal(Provenance.Clinic, note.Provenance);
        Assert.Equal(EligibilityOutcome.EligibleWithCautions, a.Outcome);
        Assert.DoesNotContain(engine.Assess(SamplePatients.Clear).Notes, n => n.RuleId == "clinic.minoxidil-users");
    }

    [Fact]
    public void A_clinic_rule_can_allow_minors_when_the_built_in_rule_is_switched_off()
    {
        EligibilityEngine engine = EngineWith(o =>
        {
            o.Eligibility.Rules[EligibilityRuleIds.Minor] = new EligibilityRuleOptions { Enabled = false, Reason = "The clinic rule for minors replaces it" };
            o.Eligibility.CustomRules.Add(new EligibilityRule
            {
                Id = "clinic.minors-with-guardian",
                Outcome = EligibilityOutcome.ReferToSpecialist,
                Text = "Patients under 18 are seen with a guardian after a dermatologist's referral.",
                Rationale = "Clinic policy for minors.",
                Facts = ["patient.ageYears"],
                Condition = p => p.AgeYears is null ? RuleState.MissingInformation : p.AgeYears < 18 ? RuleState.Fired : RuleState.Silent,
            });
        });
        Assert.Equal(EligibilityOutcome.ReferToSpecialist, engine.Assess(SamplePatients.Clear.With(it5 => { it5.AgeYears = 16; })).Outcome);
    }

    [Fact]
    public void A_custom_rule_reusing_a_built_in_id_fails_validation()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.CustomRules.Add(new EligibilityRule
        {
            Id = EligibilityRuleIds.Pregnancy,
            Outcome = EligibilityOutcome.NotEligible,
            Text = "t",
            Rationale = "r",
            Condition = _ => RuleState.Silent,
        });
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Equal(["MesoRules:Eligibility:CustomRules:0:Id: 'eligibility.pregnancy' is a duplicate rule id; every rule id must be unique."], ex.Failures);
    }

    [Fact]
    public void Every_rule_id_of_the_default_policy_is_unique()
    {
        Assert.Equal(MesoRulesPolicy.Default.Rules.Length, MesoRulesPolicy.Default.Rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void An_override_of_an_unknown_rule_id_fails_validation()
    {
        var options = new MesoRulesOptions();
        options.Eligibility.Rules["eligibility.no-such-rule"] = new EligibilityRuleOptions { Enabled = false };
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        string failure = Assert.Single(ex.Failures);
        Assert.StartsWith("MesoRules:Eligibility:Rules:eligibility.no-such-rule: 'eligibility.no-such-rule' names no eligibility rule", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_returning_an_undefined_state_is_reported_with_the_rule_id()
    {
        EligibilityEngine engine = EngineWith(o => o.Eligibility.CustomRules.Add(new EligibilityRule
        {
            Id = "clinic.broken",
            Outcome = EligibilityOutcome.Eligible,
            Text = "t",
            Rationale = "r",
            Condition = _ => (RuleState)42,
        }));
        RuleEvaluationException ex = Assert.Throws<RuleEvaluationException>(() => engine.Assess(SamplePatients.Clear));
        Assert.Equal("clinic.broken", ex.RuleId);
        Assert.Contains("clinic.broken", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
    }

    private static MesoRulesPolicy PolicyWithThrowingRule(Exception thrown) => MesoRulesPolicy.Create(new MesoRulesOptions
    {
        Eligibility =
        {
            CustomRules =
            {
                new EligibilityRule
                {
                    Id = "clinic.scalp-tattoo",
                    Outcome = EligibilityOutcome.ReferToSpecialist,
                    Text = "t",
                    Rationale = "r",
                    Condition = _ => throw thrown,
                },
            },
        },
    });

    [Fact]
    public void A_clinic_rule_that_throws_is_reported_by_its_id_with_the_original_inside()
    {
        #pragma warning disable CA2201 // A clinic rule that dereferences a missing record throws exactly this.
        var thrown = new NullReferenceException("Patient Jane Roe, MRN-884 has no tattoo record");
#pragma warning restore CA2201
        var engine = new EligibilityEngine(PolicyWithThrowingRule(thrown));
        RuleEvaluationException ex = Assert.Throws<RuleEvaluationException>(() => engine.Assess(SamplePatients.Clear));
        Assert.Equal("clinic.scalp-tattoo", ex.RuleId);
        Assert.Contains("clinic.scalp-tattoo", ex.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(NullReferenceException), ex.Message, StringComparison.Ordinal);
        Assert.Same(thrown, ex.InnerException);
        Assert.DoesNotContain("Jane", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MRN-884", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clinic_rule_that_throws_stops_the_plan_and_the_full_assessment_the_same_way()
    {
        MesoRulesPolicy policy = PolicyWithThrowingRule(new InvalidCastException());
        var request = new MesoRules.Planning.PlanRequest { Patient = SamplePatients.Clear, CourseStart = new DateOnly(2026, 3, 2), TimeZone = TimeZoneInfo.Utc };
        Assert.Equal("clinic.scalp-tattoo", Assert.Throws<RuleEvaluationException>(() => new MesoRules.Planning.SessionPlanner(policy).Plan(request)).RuleId);
        RuleEvaluationException ex = Assert.Throws<RuleEvaluationException>(() => new MesoRules.Assessment.TreatmentAssessor(policy, TimeProvider.System).Assess(request));
        Assert.Equal("clinic.scalp-tattoo", ex.RuleId);
        Assert.IsType<InvalidCastException>(ex.InnerException);
    }
}
