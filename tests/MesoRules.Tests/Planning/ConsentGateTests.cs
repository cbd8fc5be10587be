using Microsoft.Extensions.Time.Testing;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

public class ConsentGateTests
{
    private static readonly SessionPlanner Planner = new();

    private static DisclosureAcknowledgment AcknowledgedAt(DateTimeOffset at, PatientProfile patient, MesoRulesPolicy? policy = null)
    {
        var engine = new DisclosureEngine(policy ?? MesoRulesPolicy.Default, new FakeTimeProvider(at));
        return engine.Acknowledge(engine.Disclose(patient), "MRN-1", AcknowledgingParty.Patient);
    }

    [Fact]
    public void Without_an_acknowledgment_the_plan_is_proposed_but_blocked_by_the_consent_gate()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild));
        Assert.NotEmpty(plan.Sessions);
        PlanFinding consent = Assert.Single(plan.Findings, f => f.RuleId == DisclosureRuleIds.Consent);
        Assert.Equal(PlanFindingKind.Blocking, consent.Kind);
        Assert.Equal(1, consent.SessionNumber);
        Assert.True(plan.IsBlocked);
    }

    [Fact]
    public void When_re_planning_a_renewed_acknowledgment_before_the_next_session_opens_the_gate()
    {
        PlanRequest request = Request(Severity.Mild).With(it0 => { it0.Visits = Done(D("2026-02-02"), D("2026-02-16")); it0.CourseStart = D("2026-02-02"); it0.Today = Monday; });
        PatientProfile before = request.Patient;
        PatientProfile now = before.With(it1 => { it1.CurrentMedicines = ["metformin"]; });
        DisclosureAcknowledgment original = AcknowledgedAt(new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero), before);

        // The history changed after the first sessions: the old acknowledgment is stale for the sessions to come.
        SessionPlan stale = Planner.Plan(request.With(it2 => { it2.Patient = now; it2.Acknowledgments = [original]; }));
        PlanFinding blocked = Assert.Single(stale.Findings, f => f.RuleId == DisclosureRuleIds.Consent);
        Assert.Equal(PlanFindingKind.Blocking, blocked.Kind);
        Assert.Equal(3, blocked.SessionNumber);

        // Acknowledged again after the completed sessions, before the next one: the course goes on.
        DisclosureAcknowledgment renewed = AcknowledgedAt(new DateTimeOffset(2026, 2, 25, 9, 0, 0, TimeSpan.Zero), now);
        SessionPlan open = Planner.Plan(request.With(it3 => { it3.Patient = now; it3.Acknowledgments = [original, renewed]; }));
        Assert.Equal(PlanFindingKind.Information, Assert.Single(open.Findings, f => f.RuleId == DisclosureRuleIds.Consent).Kind);
        Assert.False(open.IsBlocked);
    }

    [Fact]
    public void A_valid_acknowledgment_before_the_first_session_opens_the_gate()
    {
        PlanRequest request = Request(Severity.Mild);
        DisclosureAcknowledgment ack = AcknowledgedAt(new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero), request.Patient);
        SessionPlan plan = Planner.Plan(request.With(it4 => { it4.Acknowledgments = [ack]; }));
        PlanFinding consent = Assert.Single(plan.Findings, f => f.RuleId == DisclosureRuleIds.Consent);
        Assert.Equal(PlanFindingKind.Information, consent.Kind);
        Assert.False(plan.IsBlocked);
    }

    [Fact]
    public void An_acknowledgment_given_after_the_first_session_started_does_not_open_the_gate()
    {
        PlanRequest request = Request(Severity.Mild);
        DisclosureAcknowledgment late = AcknowledgedAt(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero), request.Patient);
        SessionPlan plan = Planner.Plan(request.With(it5 => { it5.Acknowledgments = [late]; }));
        Assert.Equal(PlanFindingKind.Blocking, plan.Findings.Single(f => f.RuleId == DisclosureRuleIds.Consent).Kind);
    }

    [Fact]
    public void A_changed_history_needs_a_new_acknowledgment()
    {
        PlanRequest request = Request(Severity.Mild);
        DisclosureAcknowledgment ack = AcknowledgedAt(new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.Zero), request.Patient);
        PatientProfile changed = request.Patient.With(it7 => { it7.Health = HealthHistory.AllNo.With(it6 => { it6.Diabetes = Answer.Yes; }); });
        SessionPlan plan = Planner.Plan(request.With(it8 => { it8.Patient = changed; it8.Acknowledgments = [ack]; }));
        PlanFinding consent = plan.Findings.Single(f => f.RuleId == DisclosureRuleIds.Consent);
        Assert.Equal(PlanFindingKind.Blocking, consent.Kind);
    }

    [Fact]
    public void A_policy_that_does_not_require_consent_has_no_consent_finding()
    {
        var policy = MesoRulesPolicy.Create(new MesoRulesOptions { Disclosure = { Rules = { [DisclosureRuleIds.Consent] = new DisclosureRuleOptions { Enabled = false } } } });
        SessionPlan plan = new SessionPlanner(policy).Plan(Request(Severity.Mild));
        Assert.DoesNotContain(plan.Findings, f => f.RuleId == DisclosureRuleIds.Consent);
        Assert.False(plan.IsBlocked);
    }

    [Fact]
    public void A_null_acknowledgment_is_refused_naming_the_member()
    {
        Assert.Equal("request.Acknowledgments[0]", Assert.Throws<ArgumentNullException>(() => Planner.Plan(Request(Severity.Mild).With(it9 => { it9.Acknowledgments = [null!]; }))).ParamName);
    }

}
