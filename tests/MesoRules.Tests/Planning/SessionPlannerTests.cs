using MesoRules.Aftercare;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

public class SessionPlannerTests
{
    private static readonly SessionPlanner Planner = new();

    [Fact]
    public void Mild_hair_loss_gets_four_sessions_two_weeks_apart_and_a_review_one_interval_later()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild));
        Assert.Equal(["2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13"], Dates(plan, SessionPhase.Initial));
        Assert.Equal(["2026-04-27"], Dates(plan, SessionPhase.Review));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.InitialCount && f.Text.StartsWith("4 initial sessions for mild", StringComparison.Ordinal));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.Interval && f.Text.StartsWith("Every 14 days", StringComparison.Ordinal));
        Assert.Equal(MesoRulesPolicy.Default.Version, plan.PolicyVersion);
        Assert.False(plan.HasConflicts);
    }

    [Fact]
    public void Moderate_hair_loss_gets_five_sessions_ten_days_apart_moved_off_weekends()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Moderate));
        Assert.Equal(["2026-03-02", "2026-03-12", "2026-03-23", "2026-04-02", "2026-04-13"], Dates(plan, SessionPhase.Initial));
        PlanFinding moved = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.ClosedDay && f.SessionNumber == 3);
        Assert.Equal(PlanFindingKind.Moved, moved.Kind);
        Assert.Equal("Session 3 moved from 2026-03-22 to 2026-03-23: the clinic is closed on 2026-03-22.", moved.Text);
        Assert.Equal(["2026-04-23"], Dates(plan, SessionPhase.Review));
    }

    [Fact]
    public void Severe_hair_loss_gets_six_weekly_sessions()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Severe));
        Assert.Equal(["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-06"], Dates(plan, SessionPhase.Initial));
        Assert.Equal(["2026-04-13"], Dates(plan, SessionPhase.Review));
    }

    [Fact]
    public void A_good_response_gets_maintenance_every_six_months_within_the_horizon()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild, TreatmentResponse.Good).With(it0 => { it0.MaintenanceHorizonMonths = 12; }));
        Assert.Equal(["2026-10-27", "2027-04-27"], Dates(plan, SessionPhase.Maintenance));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.MaintenanceGood);
    }

    [Fact]
    public void A_partial_response_gets_maintenance_every_three_months_moved_to_open_days()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild, TreatmentResponse.Partial).With(it1 => { it1.MaintenanceHorizonMonths = 12; }));
        // Due 2026-07-27 (Mon), 2026-10-27 (Tue), 2027-01-27 (Wed), 2027-04-27 (Tue).
        Assert.Equal(["2026-07-27", "2026-10-27", "2027-01-27", "2027-04-27"], Dates(plan, SessionPhase.Maintenance));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.MaintenancePartial && f.Provenance == MesoRules.Core.Provenance.ClinicalLiterature);
    }

    [Fact]
    public void A_patient_not_yet_treated_gets_maintenance_decided_at_review()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild));
        Assert.Empty(Dates(plan, SessionPhase.Maintenance));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.MaintenanceAtReview);
    }

    [Fact]
    public void No_response_gets_no_sessions_when_eligibility_refers_and_a_referral_note_when_it_does_not()
    {
        SessionPlan blocked = Planner.Plan(Request(Severity.Mild, TreatmentResponse.None));
        Assert.True(blocked.IsBlocked);
        Assert.Empty(blocked.Sessions);
        Assert.Contains(blocked.Findings, f => f.RuleId == EligibilityRuleIds.NoResponse && f.Kind == PlanFindingKind.Blocking);

        var options = new MesoRulesOptions();
        options.Eligibility.Rules[EligibilityRuleIds.NoResponse] = new EligibilityRuleOptions { Enabled = false };
        SessionPlan plan = new SessionPlanner(MesoRulesPolicy.Create(options)).Plan(Request(Severity.Mild, TreatmentResponse.None));
        Assert.Empty(Dates(plan, SessionPhase.Maintenance));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.MaintenanceNone && f.Text.Contains("specialist", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Severity.Mild)]
    [InlineData(Severity.Severe)]
    public void A_patient_who_is_not_eligible_gets_only_the_findings_that_stop_the_plan(Severity severity)
    {
        PlanRequest request = Request(severity).With(it4 => { it4.Patient = Patient(severity).With(it3 => { it3.Health = HealthHistory.AllNo.With(it2 => { it2.Pregnancy = Answer.Yes; }); }); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Empty(plan.Sessions);
        Assert.Equal(EligibilityOutcome.Deferred, plan.Eligibility);
        Assert.Equal([PlanningRuleIds.EligibilityGate, EligibilityRuleIds.Pregnancy], plan.Findings.Select(f => f.RuleId));
        Assert.All(plan.Findings, f => Assert.Equal(PlanFindingKind.Blocking, f.Kind));
    }

    [Fact]
    public void Eligible_with_cautions_is_planned()
    {
        PlanRequest request = Request(Severity.Mild).With(it7 => { it7.Patient = Patient(Severity.Mild).With(it6 => { it6.Health = HealthHistory.AllNo.With(it5 => { it5.KeloidTendency = Answer.Yes; }); }); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(EligibilityOutcome.EligibleWithCautions, plan.Eligibility);
        Assert.Equal(5, plan.Sessions.Length);
    }

    [Fact]
    public void A_holiday_week_moves_a_weekly_session_to_the_next_open_day_within_bounds()
    {
        PlanRequest request = Request(Severity.Severe).With(it8 => { it8.Calendar = ClinicCalendar.Weekdays.WithClosedDates([D("2026-03-09"), D("2026-03-10"), D("2026-03-11"), D("2026-03-12"), D("2026-03-13")]); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal("2026-03-16", Dates(plan)[1]);
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.ClosedDay && f.SessionNumber == 2 && f.Kind == PlanFindingKind.Moved);
        Assert.False(plan.HasConflicts);
    }

    [Fact]
    public void A_closure_longer_than_the_maximum_interval_is_reported_as_a_conflict()
    {
        DateOnly[] closed = [.. Enumerable.Range(0, 20).Select(i => D("2026-03-03").AddDays(i))];
        SessionPlan plan = Planner.Plan(Request(Severity.Severe).With(it9 => { it9.Calendar = ClinicCalendar.Weekdays.WithClosedDates(closed); }));
        Assert.Equal("2026-03-23", Dates(plan)[1]);
        PlanFinding conflict = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.IntervalBounds);
        Assert.Equal(PlanFindingKind.Conflict, conflict.Kind);
        Assert.Equal(2, conflict.SessionNumber);
        Assert.Contains("21 days after it", conflict.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_beach_holiday_moves_sessions_so_that_no_sun_window_covers_it()
    {
        PlanRequest request = Request(Severity.Moderate).With(it10 => { it10.PatientActivities = [new PatientActivity(AftercareActivity.Sun, D("2026-03-13"), D("2026-03-20"), "beach holiday")]; });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(["2026-03-02", "2026-03-10", "2026-03-23", "2026-04-02", "2026-04-13"], Dates(plan, SessionPhase.Initial));
        PlanFinding moved = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity && f.SessionNumber == 2);
        Assert.Equal(PlanFindingKind.Moved, moved.Kind);
        Assert.Contains("beach holiday (2026-03-13 to 2026-03-20)", moved.Text, StringComparison.Ordinal);
        Assert.False(plan.HasConflicts);
    }

    [Fact]
    public void A_hair_colouring_appointment_is_kept_out_of_the_harsh_products_window()
    {
        PlanRequest request = Request(Severity.Mild).With(it11 => { it11.PatientActivities = [new PatientActivity(AftercareActivity.HarshHairProducts, D("2026-03-18"), D("2026-03-18"), "hair colouring")]; });
        SessionPlan plan = Planner.Plan(request);
        DateOnly second = plan.Sessions[1].Date;
        // 72 hours from the end of the session must end before 2026-03-18 00:00 (UTC clinic).
        Assert.True(plan.Sessions[1].End.AddHours(72) <= new DateTimeOffset(2026, 3, 18, 0, 0, 0, TimeSpan.Zero), second.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2026-03-13", Dates(plan)[1]);
    }

    [Fact]
    public void An_unavoidable_activity_is_reported_as_a_conflict_naming_the_session()
    {
        // The swimming season outlasts the 90 days the course start may move: session 1 keeps the start and reports the conflict.
        PlanRequest request = Request(Severity.Severe).With(it12 => { it12.PatientActivities = [new PatientActivity(AftercareActivity.Swimming, D("2026-03-03"), D("2026-06-30"), "swimming season")]; });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(7, plan.Sessions.Length);
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity && f.Kind == PlanFindingKind.Conflict && f.SessionNumber == 1);
        Assert.True(plan.HasConflicts);
    }

    [Fact]
    public void A_late_session_is_re_planned_from_the_real_last_session()
    {
        // Moderate: sessions on 03-02 and 03-16 (late by 4 days, within the 14-day maximum).
        PlanRequest request = Request(Severity.Moderate).With(it13 => { it13.Visits = Done(D("2026-03-02"), D("2026-03-16")); it13.Today = D("2026-03-17"); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal([true, true, false, false, false], plan.Sessions.Where(s => s.Phase == SessionPhase.Initial).Select(s => s.Completed));
        Assert.Equal("2026-03-26", Dates(plan)[2]);
        Assert.DoesNotContain(plan.Findings, f => f.Kind == PlanFindingKind.GapExceeded);
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.InitialCount && f.Text.EndsWith("2 done, 3 to plan.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missed_session_is_flagged_as_an_exceeded_gap_and_the_course_continues()
    {
        PlanRequest request = Request(Severity.Moderate).With(it14 => { it14.Visits = Done(D("2026-03-02"), D("2026-03-12")); it14.Today = D("2026-04-01"); });
        SessionPlan plan = Planner.Plan(request);
        PlanFinding gap = Assert.Single(plan.Findings, f => f.Kind == PlanFindingKind.GapExceeded);
        Assert.Equal(3, gap.SessionNumber);
        Assert.Contains("20 days after the last session on 2026-03-12", gap.Text, StringComparison.Ordinal);
        Assert.Equal("2026-04-01", Dates(plan)[2]);
        Assert.Equal(5, plan.Sessions.Count(s => s.Phase == SessionPhase.Initial));
    }

    [Fact]
    public void A_gap_in_the_history_is_flagged_and_with_the_policy_switch_the_course_gains_a_session()
    {
        var options = new MesoRulesOptions { Planning = { Rules = { [PlanningRuleIds.ExtraSession] = new PlanningRuleOptions { Enabled = true } } } };
        PlanRequest request = Request(Severity.Mild).With(it0 => { it0.Visits = Done(D("2026-03-02"), D("2026-03-25")); it0.Today = D("2026-03-26"); });
        SessionPlan plan = new SessionPlanner(MesoRulesPolicy.Create(options)).Plan(request);
        Assert.Contains(plan.Findings, f => f.Kind == PlanFindingKind.GapExceeded && f.SessionNumber == 2);
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.ExtraSession);
        Assert.Equal(5, plan.Sessions.Count(s => s.Phase == SessionPhase.Initial));

        SessionPlan without = Planner.Plan(request);
        Assert.Equal(4, without.Sessions.Count(s => s.Phase == SessionPhase.Initial));
    }

    [Fact]
    public void Session_start_instants_use_the_clinic_zone_on_both_sides_of_a_daylight_saving_change()
    {
        TimeZoneInfo london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        PlanRequest request = Request(Severity.Severe).With(it16 => { it16.CourseStart = D("2026-03-23"); it16.TimeZone = london; it16.SessionTime = new TimeOnly(9, 30); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 9, 30, 0, TimeSpan.Zero), plan.Sessions[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 30, 0, TimeSpan.FromHours(1)), plan.Sessions[1].Start);
        Assert.Equal(TimeSpan.FromMinutes(30), plan.Sessions[1].End - plan.Sessions[1].Start);
    }

    [Fact]
    public void A_session_time_in_the_skipped_hour_moves_forward_by_the_gap()
    {
        TimeZoneInfo newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        DateTimeOffset start = SessionPlanner_ToInstant(D("2026-03-08"), new TimeOnly(2, 30), newYork);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 3, 30, 0, TimeSpan.FromHours(-4)), start);
        DateTimeOffset repeated = SessionPlanner_ToInstant(D("2026-11-01"), new TimeOnly(1, 30), newYork);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(-4)), repeated);
    }

    private static DateTimeOffset SessionPlanner_ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var planner = new SessionPlanner();
        SessionPlan plan = planner.Plan(new PlanRequest
        {
            Patient = Patient(Severity.Mild),
            CourseStart = date,
            Calendar = new ClinicCalendar(Enum.GetValues<DayOfWeek>()),
            TimeZone = zone,
            SessionTime = time,
        });
        return plan.Sessions[0].Start;
    }

    [Fact]
    public void Clinic_settings_change_count_and_interval()
    {
        var options = new MesoRulesOptions { Planning = { ModerateInitialSessions = 3, ModerateIntervalDays = 14 } };
        SessionPlan plan = new SessionPlanner(MesoRulesPolicy.Create(options)).Plan(Request(Severity.Moderate));
        Assert.Equal(["2026-03-02", "2026-03-16", "2026-03-30"], Dates(plan, SessionPhase.Initial));
        Assert.NotEqual(MesoRulesPolicy.Default.Version, plan.PolicyVersion);
    }

    [Fact]
    public void A_maintenance_horizon_of_zero_plans_no_maintenance()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild, TreatmentResponse.Good).With(it17 => { it17.MaintenanceHorizonMonths = 0; }));
        Assert.Empty(Dates(plan, SessionPhase.Maintenance));
    }
}
