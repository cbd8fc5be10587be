using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;

namespace MesoRules.Tests.Planning;

public class SessionPlannerPropertyTests
{
    private static readonly SessionPlanner Planner = new();
    private static readonly TimeZoneInfo[] Zones = [TimeZoneInfo.Utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), TimeZoneInfo.FindSystemTimeZoneById("America/New_York")];

    private static Gen<ClinicCalendar> Calendar(DateOnly first) =>
        from days in Gen.SubListOf(Enum.GetValues<DayOfWeek>()).Where(d => d.Count > 0)
        from closed in Gen.ListOf(Gen.Choose(0, 200)).Select(l => l.Take(15).Select(i => first.AddDays(i)).ToArray())
        select new ClinicCalendar(days, closed);

    private static Gen<PatientActivity> Activity(DateOnly first) =>
        from kind in Gen.Elements(Enum.GetValues<AftercareActivity>())
        from start in Gen.Choose(0, 150)
        from length in Gen.Choose(0, 10)
        select new PatientActivity(kind, first.AddDays(start), first.AddDays(start + length), "plan");

    internal static Gen<PlanRequest> Requests =>
        from firstDay in Gen.Choose(0, 3650)
        let first = new DateOnly(2020, 1, 1).AddDays(firstDay)
        from severity in Gen.Elements(PlanningTestData.Graded)
        from response in Gen.Elements(TreatmentResponse.NotYetTreated, TreatmentResponse.Good, TreatmentResponse.Partial)
        from calendar in Calendar(first)
        from activities in Gen.ListOf(Activity(first)).Select(l => l.Take(3).ToArray())
        from horizon in Gen.Choose(0, 24)
        from zone in Gen.Elements(Zones)
        from hour in Gen.Choose(0, 23)
        from done in Gen.Choose(0, 3)
        from gaps in Gen.ArrayOf(Gen.Choose(5, 25), 4)
        let history = History(first, done, gaps)
        select new PlanRequest
        {
            Patient = PlanningTestData.Patient(severity, response),
            CourseStart = history.Length > 0 ? history[0] : first,
            Today = first,
            Calendar = calendar,
            PatientActivities = activities,
            MaintenanceHorizonMonths = horizon,
            TimeZone = zone,
            SessionTime = new TimeOnly(hour, 30),
            Visits = PlanningTestData.Done(history),
        };

    private static DateOnly[] History(DateOnly first, int count, int[] gaps)
    {
        var dates = new List<DateOnly>();
        DateOnly d = first;
        for (int i = 0; i < count; i++)
        {
            d = d.AddDays(-gaps[i]);
            dates.Insert(0, d);
        }

        return [.. dates];
    }

    private static Arbitrary<PlanRequest> AnyRequest => Requests.ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Session_dates_strictly_increase() =>
        Prop.ForAll(AnyRequest, r =>
        {
            SessionPlan plan = Planner.Plan(r);
            return plan.Sessions.Zip(plan.Sessions.Skip(1)).All(p => p.First.Date < p.Second.Date && p.First.Start < p.Second.Start);
        });

    [Property(MaxTest = 300)]
    public Property No_planned_session_falls_on_a_closed_day() =>
        Prop.ForAll(AnyRequest, r => Planner.Plan(r).Sessions.Where(s => !s.Completed).All(s => r.Calendar.IsOpen(s.Date)));

    [Property(MaxTest = 300)]
    public Property Each_course_gap_is_within_bounds_or_a_finding_reports_it() =>
        Prop.ForAll(AnyRequest, r =>
        {
            SessionPlan plan = Planner.Plan(r);
            PlannedSession[] course = [.. plan.Sessions.Where(s => s.Phase != SessionPhase.Maintenance)];
            for (int i = 1; i < course.Length; i++)
            {
                int gap = course[i].Date.DayNumber - course[i - 1].Date.DayNumber;
                bool reported = plan.Findings.Any(f => f.SessionNumber == course[i].Number && f.Kind is PlanFindingKind.Conflict or PlanFindingKind.GapExceeded);
                if ((gap < 7 || gap > 14) && !reported)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property The_initial_course_has_the_configured_count() =>
        Prop.ForAll(AnyRequest, r =>
        {
            int initial = Planner.Plan(r).Sessions.Count(s => s.Phase == SessionPhase.Initial);
            int expected = r.Patient.Severity switch { Severity.Mild => 4, Severity.Moderate => 5, _ => 6 };
            return initial == Math.Max(expected, r.Visits.Count) && initial is >= 1 and <= 12;
        });

    [Property(MaxTest = 300)]
    public Property No_aftercare_window_covers_a_matching_activity_unless_a_conflict_says_so() =>
        Prop.ForAll(AnyRequest, r =>
        {
            SessionPlan plan = Planner.Plan(r);
            AftercareEngine aftercare = new();
            foreach (PlannedSession s in plan.Sessions.Where(s => !s.Completed && s.Treatment))
            {
                foreach (PatientActivity a in r.PatientActivities)
                {
                    TimeSpan window = aftercare.Restrictions[(int)a.Kind].Recommended;
                    DateTimeOffset from = Local(a.From, r.TimeZone), to = Local(a.To.AddDays(1), r.TimeZone);
                    bool covers = from < s.End + window && to > s.End;
                    bool reported = plan.Findings.Any(f => f.SessionNumber == s.Number && f.RuleId == PlanningRuleIds.PatientActivity && f.Kind == PlanFindingKind.Conflict);
                    if (covers && !reported)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = 100)]
    public Property Planning_is_deterministic() =>
        Prop.ForAll(AnyRequest, r => ResultAssert.Equal(Planner.Plan(r), new SessionPlanner(MesoRulesPolicy.Create(new MesoRulesOptions())).Plan(r)));

    [Property(MaxTest = 200)]
    public Property More_severe_never_gives_fewer_sessions_or_longer_intervals_under_the_defaults() =>
        Prop.ForAll(Gen.Choose(0, 3650).ToArbitrary(), day =>
        {
            DateOnly first = new DateOnly(2020, 1, 1).AddDays(day);
            var everyDay = new ClinicCalendar(Enum.GetValues<DayOfWeek>());
            SessionPlan[] plans = [.. PlanningTestData.Graded.Select(sev => Planner.Plan(new PlanRequest { Patient = PlanningTestData.Patient(sev), CourseStart = first, Calendar = everyDay, TimeZone = TimeZoneInfo.Utc }))];
            int[] counts = [.. plans.Select(p => p.Sessions.Count(s => s.Phase == SessionPhase.Initial))];
            int[] intervals = [.. plans.Select(p => p.Sessions[1].Date.DayNumber - p.Sessions[0].Date.DayNumber)];
            return counts[0] <= counts[1] && counts[1] <= counts[2] && intervals[0] >= intervals[1] && intervals[1] >= intervals[2];
        });

    private static DateTimeOffset Local(DateOnly date, TimeZoneInfo zone)
    {
        DateTime local = date.ToDateTime(TimeOnly.MinValue);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        TimeSpan offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}

public class SessionPlannerConcurrencyTests
{
    [Fact]
    public void Plans_made_on_many_threads_across_zones_equal_the_single_threaded_plans()
    {
        var planner = new SessionPlanner();
        PlanRequest[] requests = [.. Gen.Sample(SessionPlannerPropertyTests.Requests, 200)];
        SessionPlan[] expected = [.. requests.Select(planner.Plan)];
        var actual = new SessionPlan[requests.Length * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = planner.Plan(requests[i % requests.Length]));
        for (int i = 0; i < actual.Length; i++)
        {
            ResultAssert.Same(expected[i % requests.Length], actual[i]);
        }
    }
}
