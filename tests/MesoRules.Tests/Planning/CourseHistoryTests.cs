using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using Microsoft.Extensions.Time.Testing;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>A course as it really goes: visits with phase and status, re-planned from what happened (issue 13).</summary>
public class CourseHistoryTests
{
    private static readonly SessionPlanner Planner = new();
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static SessionPlanner PlannerWith(Action<MesoRulesOptions> configure)
    {
        var options = new MesoRulesOptions();
        configure(options);
        return new SessionPlanner(MesoRulesPolicy.Create(options));
    }

    private static CourseVisit V(string date, SessionPhase phase = SessionPhase.Initial, VisitStatus status = VisitStatus.Done) => new(D(date), phase, status);

    private static PlannedSession[] Planned(SessionPlan plan) => [.. plan.Sessions.Where(s => !s.Completed)];

    [Fact]
    public void Eight_visits_done_through_maintenance_continue_in_maintenance_after_the_last_one()
    {
        PlanRequest request = Request(Severity.Moderate, TreatmentResponse.Good).With(r =>
        {
            r.Visits = [V("2026-03-02"), V("2026-03-12"), V("2026-03-23"), V("2026-04-02"), V("2026-04-13"), V("2026-04-23", SessionPhase.Review), V("2026-10-23", SessionPhase.Maintenance), V("2027-04-23", SessionPhase.Maintenance)];
            r.Today = D("2027-05-03");
        });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(8, plan.Sessions.Count(s => s.Completed));
        Assert.All(Planned(plan), s => Assert.Equal(SessionPhase.Maintenance, s.Phase));
        Assert.Equal(["2027-10-22", "2028-04-24"], Dates(plan).Skip(8));
        Assert.Contains(plan.Findings, f => f.Text == "Visits counted as done: 5 initial, 1 review, 2 maintenance; 0 missed and 0 cancelled are not counted.");
        Assert.Contains(plan.Findings, f => f.Text == "Maintenance every 6 months after the last visit done on 2027-04-23, for 12 months.");
        Assert.DoesNotContain(plan.Findings, f => f.RuleId == PlanningRuleIds.InitialCount || f.RuleId == PlanningRuleIds.Review);
    }

    [Fact]
    public void The_course_start_given_with_its_visits_is_the_course_start_and_planning_goes_on_from_today()
    {
        PlanRequest request = Request(Severity.Moderate).With(r => { r.CourseStart = D("2026-03-02"); r.Visits = Done(D("2026-03-02"), D("2026-03-12")); r.Today = D("2026-03-13"); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(["2026-03-23", "2026-04-02", "2026-04-13"], Dates(plan, SessionPhase.Initial).Skip(2));
        Assert.Contains(plan.Findings, f => f.Text == "5 initial sessions for moderate hair loss: 2 done, 3 to plan.");
    }

    [Fact]
    public void Re_planning_455_days_after_one_session_restarts_the_course()
    {
        PlanRequest request = Request(Severity.Moderate).With(r => { r.CourseStart = D("2025-01-06"); r.Visits = Done(D("2025-01-06")); r.Today = D("2025-01-06").AddDays(455); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(D("2026-04-06"), request.Today);
        Assert.Equal(["2025-01-06", "2026-04-06", "2026-04-16", "2026-04-27", "2026-05-07", "2026-05-18"], Dates(plan, SessionPhase.Initial));
        PlanFinding restart = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.CourseRestart);
        Assert.Equal("The last visit done, on 2025-01-06, was 455 days before 2026-04-06, more than the limit of 400 days: the course has lapsed and starts again with a full initial course.", restart.Text);
        Assert.Contains(plan.Findings, f => f.Text == "5 initial sessions for moderate hair loss.");
    }

    [Theory]
    [InlineData(399, false)]
    [InlineData(400, false)]
    [InlineData(401, true)]
    public void The_lapse_threshold_is_exact(int days, bool restarts)
    {
        PlanRequest request = Request(Severity.Moderate).With(r => { r.CourseStart = D("2025-01-06"); r.Visits = Done(D("2025-01-06")); r.Today = D("2025-01-06").AddDays(days); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(restarts, plan.Findings.Any(f => f.RuleId == PlanningRuleIds.CourseRestart));
        Assert.Equal(restarts ? 5 : 4, Planned(plan).Count(s => s.Phase == SessionPhase.Initial));
    }

    [Fact]
    public void Missed_and_cancelled_visits_are_flagged_and_do_not_count()
    {
        PlanRequest request = Request(Severity.Moderate).With(r => { r.Visits = [V("2026-03-02"), V("2026-03-12", status: VisitStatus.Missed), V("2026-03-13", status: VisitStatus.Cancelled)]; r.Today = D("2026-03-16"); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Contains(plan.Findings, f => f.Text == "The initial visit on 2026-03-12 was missed; it does not count as done.");
        Assert.Contains(plan.Findings, f => f.Text == "The initial visit on 2026-03-13 was cancelled; it does not count as done.");
        Assert.Contains(plan.Findings, f => f.Text == "5 initial sessions for moderate hair loss: 1 done, 4 to plan.");
        Assert.Equal(1, plan.Sessions.Count(s => s.Completed));
    }

    [Fact]
    public void After_a_held_review_maintenance_follows_the_response_from_the_review()
    {
        PlanRequest request = Request(Severity.Mild, TreatmentResponse.Partial).With(r =>
        {
            r.Visits = [V("2026-03-02"), V("2026-03-16"), V("2026-03-30"), V("2026-04-13"), V("2026-04-27", SessionPhase.Review)];
            r.Today = D("2026-04-28");
        });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(["2026-07-27", "2026-10-27", "2027-01-27", "2027-04-27"], Dates(plan).Skip(5));
    }

    [Fact]
    public void A_held_review_without_a_recorded_response_asks_for_it()
    {
        PlanRequest request = Request(Severity.Mild).With(r => { r.Visits = [V("2026-03-02"), V("2026-04-27", SessionPhase.Review)]; r.Today = D("2026-04-28"); });
        SessionPlan plan = Planner.Plan(request);
        Assert.Empty(Planned(plan));
        Assert.Contains(plan.Findings, f => f.Text == "The review on 2026-04-27 was held but the response is not recorded; record it to plan maintenance.");
    }

    [Fact]
    public void A_sun_holiday_right_after_the_review_does_not_move_the_review()
    {
        PlanRequest request = Request(Severity.Mild).With(r => { r.PatientActivities = [new PatientActivity(AftercareActivity.Sun, D("2026-04-28"), D("2026-05-05"), "sun holiday")]; });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(["2026-04-27"], Dates(plan, SessionPhase.Review));
        Assert.False(plan.Sessions.Single(s => s.Phase == SessionPhase.Review).Treatment);
        Assert.False(plan.HasConflicts);
        Assert.DoesNotContain(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity);

        SessionPlan treating = PlannerWith(o => o.Planning.ReviewIncludesTreatment = true).Plan(request);
        Assert.Equal(["2026-04-24"], Dates(treating, SessionPhase.Review));
        Assert.True(treating.Sessions.Single(s => s.Phase == SessionPhase.Review).Treatment);
    }

    [Fact]
    public void A_three_week_sun_holiday_two_days_after_the_start_moves_the_course_start()
    {
        PlanRequest request = Request(Severity.Mild).With(r => { r.PatientActivities = [new PatientActivity(AftercareActivity.Sun, D("2026-03-04"), D("2026-03-24"), "sun holiday")]; });
        SessionPlan plan = Planner.Plan(request);
        Assert.Equal(["2026-03-25", "2026-04-08", "2026-04-22", "2026-05-06"], Dates(plan, SessionPhase.Initial));
        Assert.False(plan.HasConflicts);
        PlanFinding moved = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity);
        Assert.Equal("The course start moves from 2026-03-02 to 2026-03-25 so that session 1's aftercare does not cover the patient's sun holiday (2026-03-04 to 2026-03-24).", moved.Text);

        SessionPlan kept = PlannerWith(o => o.Planning.CourseStartSearchDays = 0).Plan(request);
        Assert.Equal("2026-03-02", Dates(kept, SessionPhase.Initial)[0]);
        Assert.True(kept.HasConflicts);
    }

    [Fact]
    public void The_practitioners_seven_day_sun_window_is_used_for_every_conflict_check()
    {
        PlanRequest request = Request(Severity.Mild).With(r => { r.PatientActivities = [new PatientActivity(AftercareActivity.Sun, D("2026-03-20"), D("2026-03-21"), "weekend away")]; });
        Assert.Equal("2026-03-16", Dates(Planner.Plan(request), SessionPhase.Initial)[1]);
        SessionPlan plan = Planner.Plan(request.With(r => { r.AftercareInstructions = [new AftercareInstruction(AftercareActivity.Sun, TimeSpan.FromDays(7), TimeSpan.FromDays(7))]; }));
        Assert.Equal("2026-03-12", Dates(plan, SessionPhase.Initial)[1]);
        Assert.Contains(plan.Findings, f => f.RuleId == PlanningRuleIds.PatientActivity && f.Kind == PlanFindingKind.Moved && f.SessionNumber == 2);
    }

    [Fact]
    public void A_session_time_skipped_by_daylight_saving_gets_a_finding_and_a_visit_keeps_its_own_time()
    {
        PlanRequest request = Request(Severity.Mild).With(r => { r.CourseStart = D("2026-03-29"); r.Calendar = new ClinicCalendar(Enum.GetValues<DayOfWeek>()); r.TimeZone = London; r.SessionTime = new TimeOnly(1, 30); });
        SessionPlan plan = Planner.Plan(request);
        PlanFinding moved = Assert.Single(plan.Findings, f => f.RuleId == PlanningRuleIds.LocalTime);
        Assert.Equal("Session 1 on 2026-03-29 starts at 02:30, not 01:30: the clocks move forward that night and 01:30 does not exist.", moved.Text);
        Assert.Equal(1, moved.SessionNumber);

        SessionPlan replanned = Planner.Plan(Request(Severity.Mild).With(r => { r.Visits = [new CourseVisit(Monday, Time: new TimeOnly(15, 0))]; r.Today = Monday.AddDays(1); }));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero), replanned.Sessions[0].Start);
    }

    [Fact]
    public void Today_comes_from_the_planners_clock_when_not_given()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero));
        var planner = new SessionPlanner(MesoRulesPolicy.Default, clock);
        PlanRequest request = Request(Severity.Moderate).With(r => { r.Visits = Done(D("2026-03-02"), D("2026-03-12")); });
        Assert.Equal("2026-03-23", Dates(planner.Plan(request), SessionPhase.Initial)[2]);
        Assert.Equal("request.Visits[2].Date", Assert.Throws<ArgumentException>(() => planner.Plan(request.With(r => { r.Visits = Done(D("2026-03-02"), D("2026-03-12"), D("2026-03-16")); }))).ParamName);
    }

    [Fact]
    public void Re_planning_an_unchanged_history_twice_gives_the_same_plan()
    {
        PlanRequest request = Request(Severity.Severe, TreatmentResponse.Good).With(r => { r.Visits = [V("2026-03-02"), V("2026-03-09", status: VisitStatus.Missed), V("2026-03-10")]; r.Today = D("2026-03-11"); });
        ResultAssert.Same(Planner.Plan(request), Planner.Plan(request));
    }

    public static TheoryData<string, Action<PlanRequest>, Type> BadHistories => new()
    {
        { "request.Visits[0]", r => r.Visits = [null!], typeof(ArgumentNullException) },
        { "request.Visits[0].Phase", r => r.Visits = [new CourseVisit(Monday, (SessionPhase)9)], typeof(ArgumentOutOfRangeException) },
        { "request.Visits[0].Status", r => r.Visits = [new CourseVisit(Monday, SessionPhase.Initial, (VisitStatus)9)], typeof(ArgumentOutOfRangeException) },
        { "request.Visits[1].Date", r => { r.Visits = [V("2026-03-09"), V("2026-03-05")]; r.Today = D("2026-03-20"); }, typeof(ArgumentException) },
        { "request.Visits[0].Date", r => { r.Visits = [V("2026-03-09")]; r.Today = D("2026-03-06"); }, typeof(ArgumentException) },
        { "request.Visits[0].Date", r => { r.Visits = [V("2026-02-27")]; r.Today = D("2026-03-06"); }, typeof(ArgumentException) },
        { "request.Visits[1].Phase", r => { r.Visits = [V("2026-03-02", SessionPhase.Review), V("2026-03-09")]; r.Today = D("2026-03-20"); }, typeof(ArgumentException) },
        { "request.Visits[2].Phase", r => { r.Visits = [V("2026-03-02"), V("2026-03-09", SessionPhase.Maintenance), V("2026-03-16", SessionPhase.Review)]; r.Today = D("2026-03-20"); }, typeof(ArgumentException) },
        { "request.CourseStart", r => r.Today = Monday.AddDays(1), typeof(ArgumentException) },
        { "request.Today", r => r.Today = DateOnly.MaxValue, typeof(ArgumentOutOfRangeException) },
        { "request.AftercareInstructions", r => r.AftercareInstructions = null!, typeof(ArgumentNullException) },
        { "request.AftercareInstructions[0]", r => r.AftercareInstructions = [null!], typeof(ArgumentNullException) },
        { "request.AftercareInstructions[0].Reason", r => r.AftercareInstructions = [new AftercareInstruction(AftercareActivity.Sun, TimeSpan.FromHours(12), TimeSpan.FromHours(12))], typeof(ArgumentException) },
        { "request.AftercareInstructions[1].Activity", r => r.AftercareInstructions = [new AftercareInstruction(AftercareActivity.Sun, TimeSpan.FromDays(7), TimeSpan.FromDays(7)), new AftercareInstruction(AftercareActivity.Sun, TimeSpan.FromDays(7), TimeSpan.FromDays(7))], typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(BadHistories))]
    public void Bad_visits_and_instructions_are_refused_naming_the_field(string member, Action<PlanRequest> spoil, Type exception)
    {
        PlanRequest request = Request(Severity.Mild).With(r => r.CourseStart = D("2026-03-02"));
        spoil(request);
        Exception ex = Assert.Throws(exception, () => Planner.Plan(request));
        Assert.Equal(member, ((ArgumentException)ex).ParamName);
    }

    [Fact]
    public void A_lapse_limit_that_does_not_exceed_the_longest_maintenance_gap_is_refused()
    {
        var options = new MesoRulesOptions();
        options.Planning.LapsedCourseDays = 200;
        var ex = Assert.ThrowsAny<Exception>(() => MesoRulesPolicy.Create(options));
        Assert.Contains("LapsedCourseDays: 200 does not exceed the longest planned gap, 200 days", ex.Message, StringComparison.Ordinal);
    }
}
