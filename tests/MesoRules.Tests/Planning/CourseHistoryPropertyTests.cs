using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>Properties over generated histories: visits in order, phases in order, any status (issue 13).</summary>
public class CourseHistoryPropertyTests
{
    private static readonly SessionPlanner Planner = new();

    /// <summary>
    /// A history: up to 6 initial visits, maybe a review, up to 4 maintenance visits, each done, missed or cancelled; re-planned a few days
    /// after the last; with up to 2 patient activities of any kind, each up to 10 days long, starting within 120 days of the planning day.
    /// </summary>
    private static Gen<PlanRequest> Histories =>
        from severity in Gen.Elements(Graded)
        from response in Gen.Elements(TreatmentResponse.NotYetTreated, TreatmentResponse.Good, TreatmentResponse.Partial, TreatmentResponse.None)
        from initial in Gen.Choose(0, 6)
        from review in Gen.Elements(true, false)
        from maintenance in Gen.Choose(0, 4)
        from statuses in Gen.ArrayOf(Gen.Elements(VisitStatus.Done, VisitStatus.Done, VisitStatus.Missed, VisitStatus.Cancelled), 11)
        from gaps in Gen.ArrayOf(Gen.Choose(6, 15), 11)
        from wait in Gen.Choose(0, 30)
        from activities in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Activities, n))
        select WithActivities(Build(severity, response, initial, review ? 1 : 0, maintenance, statuses, gaps, wait), activities);

    private static Gen<(AftercareActivity Kind, int After, int Days)> Activities =>
        from kind in Gen.Elements(Enum.GetValues<AftercareActivity>())
        from after in Gen.Choose(0, 120)
        from days in Gen.Choose(0, 9)
        select (kind, after, days);

    private static PlanRequest WithActivities(PlanRequest request, (AftercareActivity Kind, int After, int Days)[] activities)
    {
        DateOnly today = request.Today!.Value;
        return request.With(r => r.PatientActivities = [.. activities.Select(a => new PatientActivity(a.Kind, today.AddDays(a.After), today.AddDays(a.After + a.Days)))]);
    }

    /// <summary>Whether a finding of kind Conflict or GapExceeded names the session.</summary>
    private static bool Flagged(SessionPlan plan, int session) =>
        plan.Findings.Any(f => f.SessionNumber == session && f.Kind is PlanFindingKind.Conflict or PlanFindingKind.GapExceeded);

    private static PlanRequest Build(Severity severity, TreatmentResponse response, int initial, int review, int maintenance, VisitStatus[] statuses, int[] gaps, int wait)
    {
        var visits = new List<CourseVisit>();
        DateOnly day = Monday;
        SessionPhase[] phases = [.. Enumerable.Repeat(SessionPhase.Initial, initial), .. Enumerable.Repeat(SessionPhase.Review, review), .. Enumerable.Repeat(SessionPhase.Maintenance, maintenance)];
        for (int i = 0; i < phases.Length; i++)
        {
            visits.Add(new CourseVisit(day, phases[i], statuses[i]));
            day = day.AddDays(phases[i] == SessionPhase.Initial ? gaps[i] : gaps[i] * 10);
        }

        return Request(severity, response).With(r => { r.Visits = visits; r.Today = visits.Count > 0 ? visits[^1].Date.AddDays(wait) : Monday; });
    }

    [Property(MaxTest = 200)]
    public Property Planned_sessions_follow_the_history_on_open_days_in_increasing_order() =>
        Prop.ForAll(Histories.ToArbitrary(), r =>
        {
            SessionPlan plan = Planner.Plan(r);
            if (plan.Sessions.IsEmpty)
            {
                // A plan stopped by its gates (eligibility, an ungraded severity) has no sessions and says why.
                return plan.Findings.Any(f => f.Kind == PlanFindingKind.Blocking);
            }

            PlannedSession[] planned = [.. plan.Sessions.Where(s => !s.Completed)];
            bool increasing = plan.Sessions.Zip(plan.Sessions.Skip(1)).All(p => p.First.Date < p.Second.Date);
            bool open = planned.All(s => r.Calendar.IsOpen(s.Date));
            bool notBeforeToday = planned.All(s => s.Date >= r.Today!.Value);
            bool countsDone = plan.Sessions.Count(s => s.Completed) == r.Visits.Count(v => v.Status == VisitStatus.Done);
            return increasing && open && notBeforeToday && countsDone;
        });

    [Property(MaxTest = 100)]
    public Property Re_planning_an_unchanged_history_twice_gives_the_same_plan() =>
        Prop.ForAll(Histories.ToArbitrary(), r => ResultAssert.Equal(Planner.Plan(r), Planner.Plan(r)));

    [Property(MaxTest = 200)]
    public Property The_lapse_threshold_is_exact() =>
        Prop.ForAll(Gen.Choose(1, 900).ToArbitrary(), days =>
        {
            PlanRequest r = Request(Severity.Mild).With(x => { x.Visits = Done(Monday); x.Today = Monday.AddDays(days); });
            bool restarted = Planner.Plan(r).Findings.Any(f => f.RuleId == PlanningRuleIds.CourseRestart);
            return restarted == (days > 400);
        });

    [Property(MaxTest = 300)]
    public Property Planned_phases_go_initial_then_at_most_one_review_then_maintenance() =>
        Prop.ForAll(Histories.ToArbitrary(), r =>
        {
            SessionPhase[] phases = [.. Planner.Plan(r).Sessions.Where(s => !s.Completed).Select(s => s.Phase)];
            bool ordered = phases.Zip(phases.Skip(1)).All(p => p.First <= p.Second);
            return ordered && phases.Count(p => p == SessionPhase.Review) <= 1;
        });

    [Property(MaxTest = 300)]
    public Property Gaps_between_planned_sessions_are_within_the_bounds_or_flagged() =>
        Prop.ForAll(Histories.ToArbitrary(), r =>
        {
            SessionPlan plan = Planner.Plan(r);
            PlanningRuleSet rules = MesoRulesPolicy.Default.PlanningRules;
            PlannedSession[] planned = [.. plan.Sessions.Where(s => !s.Completed)];

            // Initial and review sessions: the interval bounds from the session before.
            bool inCourse = planned.Zip(planned.Skip(1))
                .Where(p => p.Second.Phase != SessionPhase.Maintenance)
                .All(p =>
                {
                    int gap = p.Second.Date.DayNumber - p.First.Date.DayNumber;
                    return (gap >= rules.MinimumIntervalDays && gap <= rules.MaximumIntervalDays) || Flagged(plan, p.Second.Number);
                });

            // Maintenance: each session within the tolerance of its due date, whole periods after the session before the first
            // one (the planned review, or the last visit done; from the planning day when one period after that visit is past).
            int first = plan.Sessions.IndexOf(planned.FirstOrDefault(s => s.Phase == SessionPhase.Maintenance)!);
            bool inMaintenance = first < 0 || MaintenanceDue(plan, r, rules, first).All(p =>
                Math.Abs(p.Session.Date.DayNumber - p.Due.DayNumber) <= rules.MaintenanceToleranceDays || Flagged(plan, p.Session.Number));

            return (inCourse && inMaintenance)
                .Label($"sessions: {string.Join(", ", plan.Sessions.Select(s => $"{s.Number} {s.Phase} {s.Date:yyyy-MM-dd}{(s.Completed ? " done" : string.Empty)}"))}; today {r.Today:yyyy-MM-dd}");
        });

    /// <summary>The planned maintenance sessions from index <paramref name="first"/> of the plan, each with the date it is due.</summary>
    private static IEnumerable<(PlannedSession Session, DateOnly Due)> MaintenanceDue(SessionPlan plan, PlanRequest r, PlanningRuleSet rules, int first)
    {
        int months = r.Patient.Response == TreatmentResponse.Good ? rules.GoodMonths : rules.PartialMonths;
        PlannedSession before = plan.Sessions[first - 1];
        DateOnly today = r.Today!.Value;
        (DateOnly anchor, int period) = before.Completed && before.Date.AddMonths(months) < today ? (today, 0) : (before.Date, 1);
        return plan.Sessions.Skip(first).Select((s, i) => (s, anchor.AddMonths((period + i) * months)));
    }

    [Property(MaxTest = 300)]
    public Property No_planned_treatment_covers_a_patient_activity_with_its_aftercare_unless_a_conflict_names_it() =>
        Prop.ForAll(Histories.ToArbitrary(), r =>
        {
            SessionPlan plan = Planner.Plan(r);
            AftercareRestriction[] restrictions = MesoRulesPolicy.Default.AftercareRules.ByActivity;
            return plan.Sessions.Where(s => !s.Completed && s.Treatment).All(s => Flagged(plan, s.Number) || !r.PatientActivities.Any(a =>
            {
                AftercareRestriction restriction = restrictions[(int)a.Kind];
                DateTimeOffset from = new(a.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                DateTimeOffset to = new(a.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return restriction.Enabled && from < s.End + restriction.Recommended && to > s.End;
            }));
        });
}
