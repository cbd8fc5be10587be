using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>Closures longer than a window, late history, extreme dates and offsets across a change.</summary>
public class SessionPlannerEdgeTests
{
    private static readonly SessionPlanner Planner = new();

    private static DateOnly[] Days(string from, string to)
    {
        DateOnly a = D(from), b = D(to);
        return [.. Enumerable.Range(0, b.DayNumber - a.DayNumber + 1).Select(a.AddDays)];
    }

    [Fact]
    public void Maintenance_pushed_past_a_long_closure_never_repeats_a_date_and_says_so()
    {
        var policy = MesoRulesPolicy.Create(new MesoRulesOptions { Planning = { PartialResponseMaintenanceMonths = 1 } });
        // Mild, partial response: review on 2026-04-27, maintenance due on the 27th of each month.
        PlanRequest request = Request(Severity.Mild, TreatmentResponse.Partial).With(it0 => { it0.Calendar = ClinicCalendar.Weekdays.WithClosedDates(Days("2026-05-13", "2026-07-26")); it0.MaintenanceHorizonMonths = 6; });
        SessionPlan plan = new SessionPlanner(policy).Plan(request);
        PlannedSession[] maintenance = [.. plan.Sessions.Where(s => s.Phase == SessionPhase.Maintenance)];
        Assert.True(plan.Sessions.Zip(plan.Sessions.Skip(1)).All(p => p.First.Date < p.Second.Date), string.Join(", ", Dates(plan)));
        Assert.All(maintenance, s => Assert.True(request.Calendar.IsOpen(s.Date)));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.ClosedDay && f.Kind == PlanFindingKind.Conflict && f.SessionNumber == maintenance[0].Number);
    }

    [Fact]
    public void A_first_session_pushed_past_its_window_by_a_closure_is_reported()
    {
        PlanRequest request = Request(Severity.Mild).With(it1 => { it1.CourseStart = D("2026-12-21"); it1.Calendar = ClinicCalendar.Weekdays.WithClosedDates(Days("2026-12-19", "2027-01-10")); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal("2027-01-11", Dates(plan)[0]);
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.ClosedDay && f.Kind == PlanFindingKind.Moved && f.SessionNumber == 1);
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.ClosedDay && f.Kind == PlanFindingKind.Conflict && f.SessionNumber == 1);
    }

    [Fact]
    public void A_late_review_after_a_completed_course_is_flagged_as_an_exceeded_gap()
    {
        DateOnly[] done = [.. Enumerable.Range(0, 5).Select(i => Monday.AddDays(14 * i))];
        PlanRequest request = Request(Severity.Mild).With(it2 => { it2.Visits = Done(done); it2.CourseStart = done[0]; it2.Today = done[^1].AddDays(30); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(SessionPhase.Review, plan.Sessions[^1].Phase);
        Assert.Contains(plan.Findings, f => f.Kind == PlanFindingKind.GapExceeded && f.SessionNumber == 6);
    }

    [Fact]
    public void A_conflict_names_the_window_end_in_local_time_after_a_daylight_saving_change()
    {
        PlanRequest request = Request(Severity.Severe).With(it3 => { it3.CourseStart = D("2026-03-27"); it3.Calendar = new ClinicCalendar(Enum.GetValues<DayOfWeek>()); it3.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); it3.PatientActivities = [new PatientActivity(AftercareActivity.Swimming, D("2026-03-28"), D("2026-07-31"), "swimming course")]; });
        SessionPlan plan = Planner.Plan(request);
        PlanFinding conflict = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity && f.SessionNumber == 1);
        // 10:00 GMT + 30 min session + 72 h = 2026-03-30 10:30 UTC, which is 11:30 in British Summer Time.
        Assert.Contains("lasts until 2026-03-30 11:30 +01:00", conflict.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_that_would_run_past_the_last_supported_date_names_the_first_date()
    {
        var policy = MesoRulesPolicy.Create(new MesoRulesOptions { Planning = { MildInitialSessions = 12, MaximumIntervalDays = 60, MildIntervalDays = 60 } });
        DateOnly first = PlanRequest.LatestCourseStart;
        // Open on Mondays, but only one Monday a year.
        DateOnly[] closed = [.. Enumerable.Range(0, (20 * 52) - 2).Select(w => first.AddDays(7 * w)).Where((_, w) => w % 52 != 0)];
        PlanRequest request = Request(Severity.Mild, TreatmentResponse.Partial).With(it4 => { it4.CourseStart = first; it4.Calendar = new ClinicCalendar([first.DayOfWeek], closed); it4.MaintenanceHorizonMonths = PlanRequest.MaxMaintenanceHorizonMonths; });
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SessionPlanner(policy).Plan(request));
        Assert.Equal("request.CourseStart", ex.ParamName);
    }

    [Fact]
    public void A_zero_horizon_says_no_maintenance_is_planned()
    {
        SessionPlan plan = Planner.Plan(Request(Severity.Mild, TreatmentResponse.Good).With(it5 => { it5.MaintenanceHorizonMonths = 0; }));
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.MaintenanceGood && f.Text.Contains("none is planned", StringComparison.Ordinal));
    }

    [Fact]
    public void An_activity_ending_past_the_supported_range_names_its_end()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Plan(Request(Severity.Mild).With(it6 => { it6.PatientActivities = [new PatientActivity(AftercareActivity.Sun, Monday, DateOnly.MaxValue)]; })));
        Assert.Equal("request.PatientActivities[0].To", ex.ParamName);
    }
}
