using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using Microsoft.Extensions.Options;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

public class SessionPlannerBadInputTests
{
    private static readonly SessionPlanner Planner = new();

    [Fact]
    public void A_null_request_names_the_parameter()
    {
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => Planner.Plan(null!)).ParamName);
    }

    [Fact]
    public void A_first_date_whose_plan_would_pass_the_maximum_date_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Plan(Request(Severity.Mild).With(it0 => { it0.CourseStart = DateOnly.MaxValue; })));
        Assert.Equal("request.CourseStart", ex.ParamName);
        Assert.Contains("9979-12-31", ex.Message, StringComparison.Ordinal);

        SessionPlan last = Planner.Plan(Request(Severity.Severe, TreatmentResponse.Partial).With(it1 => { it1.CourseStart = PlanRequest.LatestCourseStart; it1.MaintenanceHorizonMonths = PlanRequest.MaxMaintenanceHorizonMonths; }));
        Assert.True(last.Sessions[^1].Date > PlanRequest.LatestCourseStart);
    }

    [Fact]
    public void A_calendar_with_no_open_day_is_refused()
    {
        Assert.Equal("openDays", Assert.Throws<ArgumentException>(() => new ClinicCalendar([])).ParamName);
        Assert.Equal("openDays", Assert.Throws<ArgumentOutOfRangeException>(() => new ClinicCalendar([(DayOfWeek)9])).ParamName);
    }

    [Fact]
    public void A_calendar_closed_for_more_than_a_year_is_refused_without_hanging()
    {
        DateOnly[] closed = [.. Enumerable.Range(0, 800).Select(i => Monday.AddDays(i))];
        var ex = Assert.Throws<ArgumentException>(() => Planner.Plan(Request(Severity.Mild).With(it2 => { it2.Calendar = ClinicCalendar.Weekdays.WithClosedDates(closed); })));
        Assert.Equal("request.Calendar", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public void A_horizon_out_of_range_is_refused(int months)
    {
        Assert.Equal("request.MaintenanceHorizonMonths", Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Plan(Request(Severity.Mild).With(it3 => { it3.MaintenanceHorizonMonths = months; }))).ParamName);
    }

    [Fact]
    public void Completed_sessions_out_of_order_or_not_before_the_first_date_are_refused()
    {
        Assert.Equal("request.Visits[1].Date", Assert.Throws<ArgumentException>(() => Planner.Plan(Request(Severity.Mild).With(it4 => { it4.CourseStart = D("2026-02-01"); it4.Today = Monday; it4.Visits = Done(D("2026-02-20"), D("2026-02-10")); }))).ParamName);
        Assert.Equal("request.Visits[0].Date", Assert.Throws<ArgumentException>(() => Planner.Plan(Request(Severity.Mild).With(it5 => { it5.Today = Monday; it5.Visits = Done(Monday.AddDays(1)); }))).ParamName);
        Assert.Equal("request.Visits", Assert.Throws<ArgumentNullException>(() => Planner.Plan(Request(Severity.Mild).With(it6 => { it6.Visits = null!; }))).ParamName);
    }

    [Fact]
    public void Bad_activities_are_refused_naming_the_member()
    {
        Assert.Equal("request.PatientActivities[0].To", Assert.Throws<ArgumentException>(() => Planner.Plan(Request(Severity.Mild).With(it7 => { it7.PatientActivities = [new PatientActivity(AftercareActivity.Sun, Monday, Monday.AddDays(-1))]; }))).ParamName);
        Assert.Equal("request.PatientActivities[0].Kind", Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Plan(Request(Severity.Mild).With(it8 => { it8.PatientActivities = [new PatientActivity((AftercareActivity)42, Monday, Monday)]; }))).ParamName);
        Assert.Equal("request.PatientActivities[0]", Assert.Throws<ArgumentNullException>(() => Planner.Plan(Request(Severity.Mild).With(it9 => { it9.PatientActivities = [null!]; }))).ParamName);
    }

    [Fact]
    public void Null_members_and_an_invalid_patient_are_refused()
    {
        Assert.Equal("request.Calendar", Assert.Throws<ArgumentNullException>(() => Planner.Plan(Request(Severity.Mild).With(it10 => { it10.Calendar = null!; }))).ParamName);
        Assert.Equal("request.TimeZone", Assert.Throws<ArgumentNullException>(() => Planner.Plan(Request(Severity.Mild).With(it11 => { it11.TimeZone = null!; }))).ParamName);
        Assert.Equal("request.Patient.Severity", Assert.Throws<ArgumentOutOfRangeException>(() => Planner.Plan(Request(Severity.Mild).With(it12 => { it12.Patient = Patient((Severity)5); }))).ParamName);
    }

    [Fact]
    public void Planning_options_are_validated_with_every_failure_listed()
    {
        var options = new MesoRulesOptions
        {
            Planning =
            {
                MildInitialSessions = 0,
                SevereInitialSessions = 13,
                MinimumIntervalDays = 20,
                MaximumIntervalDays = 10,
                GoodResponseMaintenanceMonths = 13,
                SessionDuration = TimeSpan.Zero,
            },
        };
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Equal(
            [
                "MesoRules:Planning:MildInitialSessions: 0 is outside the allowed range 1..12.",
                "MesoRules:Planning:SevereInitialSessions: 13 is outside the allowed range 1..12.",
                "MesoRules:Planning:MinimumIntervalDays: 20 is above MaximumIntervalDays 10; allowed: MinimumIntervalDays <= MaximumIntervalDays.",
                "MesoRules:Planning:GoodResponseMaintenanceMonths: 13 is outside the allowed range 1..12.",
                "MesoRules:Planning:SessionDuration: 00:00:00 is outside the allowed range 00:05:00..08:00:00.",
            ],
            ex.Failures.Where(f => f.StartsWith("MesoRules:Planning", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_severity_interval_outside_the_bounds_is_a_validation_failure()
    {
        var options = new MesoRulesOptions { Planning = { MildIntervalDays = 21 } };
        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => MesoRulesPolicy.Create(options));
        Assert.Equal(["MesoRules:Planning:MildIntervalDays: 21 is outside the allowed range 7..14."], ex.Failures);
    }

    [Fact]
    public void Widened_bounds_allow_a_longer_interval()
    {
        var options = new MesoRulesOptions { Planning = { MaximumIntervalDays = 21, MildIntervalDays = 21 } };
        SessionPlan plan = new SessionPlanner(MesoRulesPolicy.Create(options)).Plan(Request(Severity.Mild));
        Assert.Equal(21, plan.Sessions[1].Date.DayNumber - plan.Sessions[0].Date.DayNumber);
    }

    [Fact]
    public void The_request_text_form_carries_no_patient_data()
    {
        PlanRequest request = Request(Severity.Mild).With(it14 => { it14.Patient = Patient(Severity.Mild).With(it13 => { it13.CurrentMedicines = ["secret-medicine"]; }); });
        Assert.DoesNotContain("secret", request.ToString(), StringComparison.Ordinal);
    }
}
