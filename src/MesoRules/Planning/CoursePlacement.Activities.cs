using System.Globalization;
using MesoRules.Core;

namespace MesoRules.Planning;

/// <content>What a placement says about moves and about the patient's activities a session's aftercare would cover.</content>
internal sealed partial class CoursePlacement
{
    /// <summary>What a placement says: a move off the target day (closed, or turned down for an activity), no open day in the window, a conflict left.</summary>
    private void Report(int number, DateOnly target, DateOnly earliest, DateOnly latest, Placement placement, bool treatment)
    {
        if (Quiet)
        {
            return;
        }

        ReportMove(number, target, placement.Date, placement.Rejected);
        if (placement.Kind == PlacementKind.PastWindow)
        {
            Add(PlanningRuleIds.ClosedDay, PlanFindingKind.Conflict, number, Rules.Say(PlanningText.ClosedDayNoOpenDay, ("session", number), ("earliest", earliest), ("latest", latest), ("date", placement.Date)));
        }

        if (placement.Kind != PlacementKind.Clear && treatment)
        {
            ReportConflict(number, placement.Date);
        }
    }

    private void ReportMove(int number, DateOnly target, DateOnly placed, DateOnly? rejected)
    {
        if (placed == target)
        {
            return;
        }

        if (!Request.Calendar.IsOpen(target))
        {
            Add(PlanningRuleIds.ClosedDay, PlanFindingKind.Moved, number, Rules.Say(PlanningText.ClosedDayMoved, ("session", number), ("target", target), ("date", placed)));
        }

        if (rejected is { } day && day != placed)
        {
            Add(PlanningRuleIds.PatientActivity, PlanFindingKind.Moved, number, Rules.Say(PlanningText.ActivityMoved, ("session", number), ("target", target), ("date", placed), ("activity", Describe(ConflictWith(day)))));
        }
    }

    private void ReportConflict(int number, DateOnly date)
    {
        int conflict = ConflictWith(date);
        if (conflict >= 0)
        {
            var a = _activities[conflict];
            DateTimeOffset end = StartOf(date) + Rules.SessionDuration;
            Add(PlanningRuleIds.PatientActivity, PlanFindingKind.Conflict, number, Rules.Say(
                PlanningText.ActivityConflict,
                ("session", number), ("date", date), ("kind", Rules.Word(a.Kind)), ("until", Rules.DateTime(TimeZoneInfo.ConvertTime(end + a.Window, Request.TimeZone))), ("activity", Describe(conflict))));
        }
    }

    private string Describe(int conflict)
    {
        var a = _activities[conflict];
        PatientActivity source = Request.PatientActivities[a.Index];
        string label = BlankText.IsBlank(source.Label) ? Rules.Word(a.Kind) : source.Label;
        return Rules.Say(PlanningText.Activity, ("label", label), ("from", source.From), ("to", source.To));
    }

    /// <summary>The index of the first activity a session on <paramref name="date"/> would cover with its aftercare, or -1.</summary>
    private int ConflictWith(DateOnly date)
    {
        if (date.DayNumber < _firstConflictDay || date.DayNumber > _lastConflictDay)
        {
            return -1;
        }

        int day = date.DayNumber;
        for (int i = 0; i < _activities.Length; i++)
        {
            var a = _activities[i];
            if (day < a.FirstDay || day > a.LastDay)
            {
                continue;
            }

            DateTimeOffset end = StartOf(date) + Rules.SessionDuration;
            if (a.Start < end + a.Window && a.End > end)
            {
                return i;
            }
        }

        return -1;
    }
}
