using System.Collections.Immutable;
using System.Globalization;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Planning.PlanDates;

namespace MesoRules.Planning;

/// <summary>The per-call state of one plan.</summary>
internal sealed class CoursePlacement
{
    private readonly List<PlanFinding> _findings;
    private readonly (AftercareActivity Kind, DateTimeOffset Start, DateTimeOffset End, TimeSpan Window, int Index, int FirstDay, int LastDay)[] _activities;

    // Sessions on days outside [_firstConflictDay, _lastConflictDay] cannot cover any activity, so no instant is computed for them.
    private readonly int _firstConflictDay = int.MaxValue;
    private readonly int _lastConflictDay = int.MinValue;

    public CoursePlacement(MesoRulesPolicy policy, PlanRequest request, List<PlanFinding> findings)
    {
        Rules = policy.PlanningRules;
        Request = request;
        _findings = findings;
        AftercareRestriction[] restrictions = policy.AftercareRules.ByActivity;
        IReadOnlyList<PatientActivity> activities = request.PatientActivities;
        var spans = new List<(AftercareActivity, DateTimeOffset, DateTimeOffset, TimeSpan, int, int, int)>(activities.Count);
        for (int i = 0; i < activities.Count; i++)
        {
            PatientActivity a = activities[i];
            AftercareRestriction restriction = restrictions[(int)a.Kind];
            if (restriction.Enabled)
            {
                // A session can only reach an activity from a few days before it (window plus a day of slack) to its last day.
                int firstDay = a.From.DayNumber - (int)Math.Ceiling(restriction.Recommended.TotalDays) - 2;
                int lastDay = a.To.DayNumber + 1;
                spans.Add((a.Kind, LocalTimeResolver.ToInstant(a.From, TimeOnly.MinValue, request.TimeZone), LocalTimeResolver.ToInstant(a.To.AddDays(1), TimeOnly.MinValue, request.TimeZone), restriction.Recommended, i, firstDay, lastDay));
                _firstConflictDay = Math.Min(_firstConflictDay, firstDay);
                _lastConflictDay = Math.Max(_lastConflictDay, lastDay);
            }
        }

        _activities = [.. spans];
    }

    public PlanningRuleSet Rules { get; }

    public PlanRequest Request { get; }

    public void AddFinding(PlanFinding finding) => _findings.Add(finding);

    public void Add(string ruleId, PlanFindingKind kind, int? session, string text)
    {
        RuleDescriptor rule = Rules.Rules[ruleId];
        _findings.Add(new PlanFinding(rule.Id, kind, text, rule.Rationale, rule.Provenance, rule.Citation, session));
    }

    public PlannedSession Session(int number, SessionPhase phase, DateOnly date, bool completed)
    {
        DateTimeOffset start = StartOf(date);
        return new PlannedSession(number, phase, date, start, LocalTimeResolver.EndOf(start, Rules.SessionDuration, Request.TimeZone), completed);
    }

    /// <summary>Places the next initial or review session one interval after <paramref name="previous"/>, within the bounds.</summary>
    public DateOnly PlaceInCourse(int number, DateOnly? previous, int interval, DateOnly first)
    {
        if (previous is not { } prev)
        {
            return Place(number, first, first, AddDaysChecked(first, Rules.MaximumIntervalDays), out _);
        }

        DateOnly earliest = Max(AddDaysChecked(prev, Rules.MinimumIntervalDays), first);
        DateOnly latest = AddDaysChecked(prev, Rules.MaximumIntervalDays);
        DateOnly target = Max(AddDaysChecked(prev, interval), first);
        if (earliest > latest)
        {
            // Re-planning after the bound already passed (flagged as a gap): restart from the first date.
            return Place(number, first, first, AddDaysChecked(first, Rules.MaximumIntervalDays), out _);
        }

        DateOnly placed = Place(number, target, earliest, latest, out bool withinWindow);
        if (!withinWindow)
        {
            Add(PlanningRuleIds.IntervalBounds, PlanFindingKind.Conflict, number, Rules.Say(
                PlanningText.IntervalBoundsPlaced,
                ("session", number), ("earliest", earliest), ("latest", latest), ("minimum", Rules.MinimumIntervalDays), ("maximum", Rules.MaximumIntervalDays), ("previous", prev), ("date", placed), ("days", placed.DayNumber - prev.DayNumber)));
        }

        return placed;
    }

    /// <summary>The first open day on or after <paramref name="from"/>; the search is bounded.</summary>
    public DateOnly NextOpenDay(DateOnly from)
    {
        for (int offset = 0; offset < OpenDaySearchLimitDays; offset++)
        {
            DateOnly candidate = AddDaysChecked(from, offset);
            if (Request.Calendar.IsOpen(candidate))
            {
                return candidate;
            }
        }

        throw NoOpenDay(from);
    }

    /// <summary>
    /// Finds the open day nearest <paramref name="target"/> within [<paramref name="earliest"/>, <paramref name="latest"/>]
    /// whose aftercare clears the patient's activities; failing that, the nearest open day in the window
    /// (reporting the activity conflict); failing that, the first open day after the window.
    /// </summary>
    public DateOnly Place(int number, DateOnly target, DateOnly earliest, DateOnly latest, out bool withinWindow)
    {
        withinWindow = true;
        ClinicCalendar calendar = Request.Calendar;
        DateOnly? openOnly = null;
        DateOnly? rejected = null;
        int span = Math.Max(target.DayNumber - earliest.DayNumber, latest.DayNumber - target.DayNumber);
        for (int offset = 0; offset <= span; offset++)
        {
            for (int sign = 1; sign >= -1; sign -= 2)
            {
                if (offset == 0 && sign < 0)
                {
                    continue;
                }

                int day = target.DayNumber + (sign * offset);
                if (day < earliest.DayNumber || day > latest.DayNumber)
                {
                    continue;
                }

                DateOnly candidate = DateOnly.FromDayNumber(day);
                if (!calendar.IsOpen(candidate))
                {
                    continue;
                }

                if (ConflictWith(candidate) < 0)
                {
                    ReportMove(number, target, candidate, rejected);
                    return candidate;
                }

                openOnly ??= candidate;
                rejected ??= candidate;
            }
        }

        if (openOnly is { } open)
        {
            ReportMove(number, target, open, null);
            ReportConflict(number, open);
            return open;
        }

        // No open day in the window: take the first open day after it (never before the window's start),
        // and say so.
        withinWindow = false;
        int from = Math.Max(latest.DayNumber, earliest.DayNumber - 1) + 1;
        for (int day = from; day < from + OpenDaySearchLimitDays; day++)
        {
            DateOnly candidate = AddDaysChecked(DateOnly.FromDayNumber(from), day - from);
            if (calendar.IsOpen(candidate))
            {
                ReportMove(number, target, candidate, rejected);
                Add(PlanningRuleIds.ClosedDay, PlanFindingKind.Conflict, number, Rules.Say(PlanningText.ClosedDayNoOpenDay, ("session", number), ("earliest", earliest), ("latest", latest), ("date", candidate)));
                ReportConflict(number, candidate);
                return candidate;
            }
        }

        throw NoOpenDay(latest);
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
                ("session", number), ("date", date), ("kind", Rules.Word(a.Kind)), ("until", TimeZoneInfo.ConvertTime(end + a.Window, Request.TimeZone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)), ("activity", Describe(conflict))));
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

    /// <summary>The start instant of a session on <paramref name="date"/>.</summary>
    private DateTimeOffset StartOf(DateOnly date) => LocalTimeResolver.ToInstant(date, Request.SessionTime, Request.TimeZone);


}
