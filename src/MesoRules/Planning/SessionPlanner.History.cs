using MesoRules.Patients;
using static MesoRules.Planning.PlanDates;

namespace MesoRules.Planning;

/// <content>Re-planning from the recorded visits: what counts, a lapsed course, and a course already past its review.</content>
public sealed partial class SessionPlanner
{
    /// <summary>Adds every visit done as a completed session, flags the others, says what was counted and whether the course restarts.</summary>
    private static void AddVisits(CoursePlacement c, List<PlannedSession> sessions, CourseHistory history)
    {
        IReadOnlyList<CourseVisit> visits = c.Request.Visits;
        if (visits.Count == 0)
        {
            return;
        }

        PlanningRuleSet rules = c.Rules;
        foreach (CourseVisit visit in visits)
        {
            if (visit.Status == VisitStatus.Done)
            {
                sessions.Add(c.Session(sessions.Count + 1, visit.Phase, visit.Date, completed: true, visit.Time));
            }
            else
            {
                string text = visit.Status == VisitStatus.Missed ? PlanningText.VisitMissed : PlanningText.VisitCancelled;
                c.Add(PlanningRuleIds.Visits, PlanFindingKind.Information, null, rules.Say(text, ("phase", rules.Word(visit.Phase)), ("date", visit.Date)));
            }
        }

        c.Add(PlanningRuleIds.Visits, PlanFindingKind.Information, null, rules.Say(
            PlanningText.VisitsCounted,
            ("initial", history.Initial.Count), ("review", history.Review is null ? 0 : 1), ("maintenance", history.Maintenance), ("missed", history.Missed), ("cancelled", history.Cancelled)));
        if (history.Lapsed && history.LastDone is { } last)
        {
            c.Add(PlanningRuleIds.CourseRestart, PlanFindingKind.Information, null, rules.Say(
                PlanningText.CourseRestarted, ("last", last), ("days", history.Today.DayNumber - last.DayNumber), ("today", history.Today), ("limit", rules.LapsedCourseDays)));
        }
    }

    /// <summary>
    /// A course past its review continues with maintenance as the response decides: the next session one period after the
    /// last visit done (from the planning day when that is already past), then every period within the horizon.
    /// </summary>
    private static void PlanMaintenanceFrom(CoursePlacement c, List<PlannedSession> sessions, CourseHistory history)
    {
        PlanningRuleSet rules = c.Rules;
        DateOnly last = history.LastDone!.Value;
        (string id, int months) = MaintenanceRule(c);

        if (months == 0)
        {
            c.Add(id, PlanFindingKind.Information, null, id == PlanningRuleIds.MaintenanceAtReview
                ? rules.Say(PlanningText.MaintenanceAtReviewHeld, ("date", history.Review ?? last))
                : rules.Say($"{id}.text"));
            return;
        }

        int horizon = c.Request.MaintenanceHorizonMonths;
        DateOnly today = history.Today;
        c.Add(id, PlanFindingKind.Information, null, horizon == 0
            ? rules.Say(PlanningText.MaintenanceNoHorizon(id), ("months", months))
            : rules.Say(PlanningText.MaintenanceContinued(id), ("months", months), ("last", last), ("horizon", horizon)));
        DateOnly end = AddMonthsChecked(Max(last, today), horizon);
        DateOnly due = AddMonthsChecked(last, months);
        if (due < today)
        {
            c.Add(PlanningRuleIds.Visits, PlanFindingKind.Information, sessions.Count + 1, rules.Say(PlanningText.MaintenanceOverdue, ("due", due), ("today", today)));
            PlaceMaintenance(c, sessions, today, 0, months, end, today);
        }
        else
        {
            PlaceMaintenance(c, sessions, last, 1, months, end, Max(today, last.AddDays(1)));
        }
    }
}
