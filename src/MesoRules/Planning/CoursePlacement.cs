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
internal sealed partial class CoursePlacement
{
    private readonly List<PlanFinding> _findings;
    private readonly (AftercareActivity Kind, DateTimeOffset Start, DateTimeOffset End, TimeSpan Window, int Index, int FirstDay, int LastDay)[] _activities;

    // Sessions on days outside [_firstConflictDay, _lastConflictDay] cannot cover any activity, so no instant is computed for them.
    private readonly int _firstConflictDay = int.MaxValue;
    private readonly int _lastConflictDay = int.MinValue;

    public CoursePlacement(MesoRulesPolicy policy, PlanningRuleSet rules, PlanRequest request, List<PlanFinding> findings)
    {
        Rules = rules;
        Request = request;
        _findings = findings;
        AftercareRestriction[] restrictions = policy.AftercareRules.ByActivity;
        IReadOnlyList<PatientActivity> activities = request.PatientActivities;
        var spans = activities.Count == 0 ? [] : new (AftercareActivity, DateTimeOffset, DateTimeOffset, TimeSpan, int, int, int)[activities.Count];
        int count = 0;
        for (int i = 0; i < activities.Count; i++)
        {
            PatientActivity a = activities[i];
            AftercareRestriction restriction = restrictions[(int)a.Kind];
            AftercareInstruction? own = InstructionFor(request.AftercareInstructions, a.Kind);
            if (restriction.Enabled || own is not null)
            {
                // The practitioner's window for this patient replaces the clinic's in every check.
                TimeSpan window = own?.Recommended ?? restriction.Recommended;

                // A session can only reach an activity from a few days before it (window plus a day of slack) to its last day.
                int firstDay = a.From.DayNumber - (int)Math.Ceiling(window.TotalDays) - 2;
                int lastDay = a.To.DayNumber + 1;
                spans[count++] = (a.Kind, LocalTimeResolver.ToInstant(a.From, TimeOnly.MinValue, request.TimeZone), LocalTimeResolver.ToInstant(a.To.AddDays(1), TimeOnly.MinValue, request.TimeZone), window, i, firstDay, lastDay);
                _firstConflictDay = Math.Min(_firstConflictDay, firstDay);
                _lastConflictDay = Math.Max(_lastConflictDay, lastDay);
            }
        }

        _activities = count == spans.Length ? spans : spans[..count];
    }

    public PlanningRuleSet Rules { get; }

    public PlanRequest Request { get; }

    public void AddFinding(PlanFinding finding) => _findings.Add(finding);

    public void Add(string ruleId, PlanFindingKind kind, int? session, string text)
    {
        if (Quiet)
        {
            return;
        }

        RuleDescriptor rule = Rules.Rules[ruleId];
        _findings.Add(new PlanFinding(rule.Id, kind, text, rule.Rationale, rule.Provenance, rule.Citation, session));
    }

    /// <summary>A session of the plan; a local start time skipped by a daylight-saving change gets a finding.</summary>
    public PlannedSession Session(int number, SessionPhase phase, DateOnly date, bool completed, TimeOnly? time = null)
    {
        TimeOnly local = time ?? Request.SessionTime;
        DateTimeOffset start = LocalTimeResolver.ToInstant(date, local, Request.TimeZone);
        if (start.DateTime != date.ToDateTime(local))
        {
            Add(PlanningRuleIds.LocalTime, PlanFindingKind.Moved, number, Rules.Say(
                PlanningText.LocalTimeMoved, ("session", number), ("date", date), ("actual", T(TimeOnly.FromDateTime(start.DateTime))), ("time", T(local))));
        }

        bool treatment = phase != SessionPhase.Review || Rules.ReviewIncludesTreatment;
        return new PlannedSession(number, phase, date, start, LocalTimeResolver.EndOf(start, Rules.SessionDuration, Request.TimeZone), completed, treatment);
    }

    /// <summary>Places the next initial or review session one interval after <paramref name="previous"/>, within the bounds; a visit that injects nothing ignores the patient's activities; for the first session of a course,
    /// <paramref name="following"/> says how many initial sessions follow it (the start search checks them too).</summary>
    public DateOnly PlaceInCourse(int number, DateOnly? previous, int interval, DateOnly first, bool treatment = true, int following = 0)
    {
        if (previous is not { } prev)
        {
            return PlaceStart(number, first, interval, following);
        }

        DateOnly earliest = Max(AddDaysChecked(prev, Rules.MinimumIntervalDays), first);
        DateOnly latest = AddDaysChecked(prev, Rules.MaximumIntervalDays);
        DateOnly target = Max(AddDaysChecked(prev, interval), first);
        if (earliest > latest)
        {
            // Re-planning after the bound already passed (flagged as a gap): restart from the first date.
            return Place(number, first, first, AddDaysChecked(first, Rules.MaximumIntervalDays), out _, treatment);
        }

        Placement placement = SearchInCourse(number, target, earliest, latest, treatment);
        Report(number, target, earliest, latest, placement, treatment);
        DateOnly placed = placement.Date;
        if (placement.Kind == PlacementKind.PastWindow && !Quiet)
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
    public DateOnly Place(int number, DateOnly target, DateOnly earliest, DateOnly latest, out bool withinWindow, bool treatment = true)
    {
        Placement placement = Search(target, earliest, latest, treatment);
        Report(number, target, earliest, latest, placement, treatment);
        withinWindow = placement.Kind != PlacementKind.PastWindow;
        return placement.Date;
    }

    /// <summary>The start instant of a session on <paramref name="date"/>.</summary>
    private DateTimeOffset StartOf(DateOnly date) => LocalTimeResolver.ToInstant(date, Request.SessionTime, Request.TimeZone);

    private static string T(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static AftercareInstruction? InstructionFor(IReadOnlyList<AftercareInstruction> instructions, AftercareActivity kind)
    {
        for (int i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].Activity == kind)
            {
                return instructions[i];
            }
        }

        return null;
    }

}
