using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using MesoRules.Serialization;
using MesoRules.Tests.Patients;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>
/// A patient whose severity nobody graded gets no course: the course length and interval depend on the grade, so the
/// plan asks for it (rule <c>planning.severity-unknown</c>) instead of silently planning the mildest course.
/// </summary>
public class UngradedSeverityTests
{
    private static readonly SessionPlanner Planner = new();

    [Fact]
    public void Severity_is_unknown_unless_it_is_set()
    {
        Assert.Equal(Severity.Unknown, new PatientProfile().Severity);
        Assert.Equal(Severity.Unknown, default(Severity));
        Assert.Equal(Severity.Unknown, MesoRulesJson.Deserialize<PatientProfile>("{\"cause\":\"AndrogeneticAlopecia\"}").Severity);
    }

    [Fact]
    public void An_ungraded_patient_gets_no_course_and_a_finding_that_asks_for_the_grade()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Unknown));

        Assert.Empty(plan.Sessions);
        Assert.Null(plan.FollowUp);
        Assert.True(plan.IsBlocked);
        PlanFinding finding = Assert.Single(plan.Findings);
        Assert.Equal(PlanningRuleIds.SeverityUnknown, finding.RuleId);
        Assert.Equal(PlanFindingKind.Blocking, finding.Kind);
        Assert.Contains("severity of hair loss is not graded", finding.Text, StringComparison.Ordinal);
        Assert.Contains("mild, moderate or severe", finding.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Findings, f => f.RuleId == PlanningRuleIds.InitialCount);
    }

    [Fact]
    public void Re_planning_an_ungraded_patient_with_sessions_done_still_asks_for_the_grade()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Unknown).With(it0 => { it0.Visits = Done(D("2026-02-16"), D("2026-02-23")); it0.CourseStart = D("2026-02-16"); it0.Today = Monday; }));
        Assert.Empty(plan.Sessions);
        Assert.Equal(PlanningRuleIds.SeverityUnknown, Assert.Single(plan.Findings).RuleId);
    }

    [Fact]
    public void Eligibility_is_the_same_for_an_ungraded_and_a_graded_patient()
    {
        var engine = new EligibilityEngine();
        EligibilityAssessment graded = engine.Assess(SamplePatients.Clear);
        EligibilityAssessment ungraded = engine.Assess(SamplePatients.Clear.With(it1 => { it1.Severity = Severity.Unknown; }));
        ResultAssert.Same(graded, ungraded);
        Assert.Equal(graded.Outcome, Planner.Plan(Request(Severity.Unknown)).Eligibility);
    }

    [Fact]
    public void An_ineligible_ungraded_patient_is_stopped_by_eligibility_first()
    {
        PatientProfile pregnant = Patient(Severity.Unknown).With(it3 => { it3.Health = HealthHistory.AllNo.With(it2 => { it2.Pregnancy = Answer.Yes; }); });
        SessionPlan plan = Planner.Plan(Request(Severity.Unknown).With(it4 => { it4.Patient = pregnant; }));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.EligibilityGate);
        Assert.DoesNotContain(plan.Findings, f => f.RuleId == PlanningRuleIds.SeverityUnknown);
    }

    [Fact]
    public void The_full_assessment_of_an_ungraded_patient_plans_nothing_and_has_no_first_aftercare()
    {
        TreatmentAssessment a = new TreatmentAssessor().Assess(Request(Severity.Unknown));
        Assert.Empty(a.Plan.Sessions);
        Assert.Equal(PlanningRuleIds.SeverityUnknown, Assert.Single(a.Plan.Findings).RuleId);
        Assert.Null(a.FirstSessionAftercare);
        Assert.True(a.Eligibility.AllowsTreatment);
    }

    [Fact]
    public void The_rule_is_listed_in_the_policy_with_its_rationale_and_provenance()
    {
        MesoRules.Core.RuleDescriptor rule = Assert.Single(MesoRulesPolicy.Default.Rules, r => r.Id == PlanningRuleIds.SeverityUnknown);
        Assert.Equal(MesoRules.Core.Provenance.SourceFaq, rule.Provenance);
        Assert.False(string.IsNullOrWhiteSpace(rule.Rationale));
    }

    [Fact]
    public void Every_input_enum_defaults_to_the_value_that_asks_or_refuses()
    {
        Assert.Equal(Answer.Unknown, default(Answer));
        Assert.Equal(Severity.Unknown, default(Severity));
        Assert.Equal(HairLossCause.Undiagnosed, default(HairLossCause));
        Assert.Equal(TreatmentResponse.NotYetTreated, default(TreatmentResponse));
        Assert.Equal(AftercareStatus.NotYet, default(AftercareStatus));
        Assert.False(new PatientProfile().AllergiesDisclosed);
        Assert.False(new PatientProfile().MedicinesDisclosed);
        Assert.Null(new PatientProfile().AgeYears);
    }
}
