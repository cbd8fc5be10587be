using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Patients;
using MesoRules.Planning;
using static MesoRules.Tests.Planning.PlanningTestData;

namespace MesoRules.Tests.Planning;

/// <summary>Properties over generated histories: visits in order, phases in order, any status (issue 13).</summary>
public class CourseHistoryPropertyTests
{
    private static readonly SessionPlanner Planner = new();

    /// <summary>A history: up to 6 initial visits, maybe a review, up to 4 maintenance visits, each done, missed or cancelled; re-planned a few days after the last.</summary>
    private static Gen<PlanRequest> Histories =>
        from severity in Gen.Elements(Graded)
        from response in Gen.Elements(TreatmentResponse.NotYetTreated, TreatmentResponse.Good, TreatmentResponse.Partial, TreatmentResponse.None)
        from initial in Gen.Choose(0, 6)
        from review in Gen.Elements(true, false)
        from maintenance in Gen.Choose(0, 4)
        from statuses in Gen.ArrayOf(Gen.Elements(VisitStatus.Done, VisitStatus.Done, VisitStatus.Missed, VisitStatus.Cancelled), 11)
        from gaps in Gen.ArrayOf(Gen.Choose(6, 15), 11)
        from wait in Gen.Choose(0, 30)
        select Build(severity, response, initial, review ? 1 : 0, maintenance, statuses, gaps, wait);

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
}
