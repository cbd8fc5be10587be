using System.Collections.Immutable;
using System.Globalization;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Core;

namespace MesoRules.Planning;

/// <summary>
/// Proposes a course on a real clinic calendar: the initial sessions, a review and maintenance, each on an
/// open day, within the interval bounds, clear of the patient's planned activities, and re-planned from
/// what really happened. What cannot be resolved within bounds is reported as a finding, never broken
/// silently. Immutable and thread-safe; each call reads one policy snapshot.
/// </summary>
public sealed class SessionPlanner
{
    // The furthest a session may be pushed past its window to reach an open day.
    private const int OpenDaySearchLimitDays = 366;
    private readonly IMesoRulesPolicyProvider _policies;
    private readonly TimeProvider _time;

    /// <summary>Creates a planner over the shipped default policy and the system clock.</summary>
    public SessionPlanner()
        : this(MesoRulesPolicy.Default)
    {
    }

    /// <summary>Creates a planner over a policy provider and the system clock.</summary>
    /// <param name="policies">The policy provider.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is <see langword="null"/>.</exception>
    public SessionPlanner(IMesoRulesPolicyProvider policies)
        : this(policies, TimeProvider.System)
    {
    }

    /// <summary>Creates a planner over a policy provider and a clock (the clock stamps the disclosure the consent gate checks against).</summary>
    /// <param name="policies">The policy provider.</param>
    /// <param name="time">The clock.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SessionPlanner(IMesoRulesPolicyProvider policies, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(time);
        _policies = policies;
        _time = time;
    }

    /// <summary>Plans a course.</summary>
    /// <param name="request">The request.</param>
    /// <returns>
    /// The sessions and the findings that explain them; no sessions when eligibility stops the plan, or when the
    /// patient's severity is <see cref="Severity.Unknown"/> (then a blocking finding <see cref="PlanningRuleIds.SeverityUnknown"/> asks for the grade).
    /// </returns>
    /// <exception cref="ArgumentNullException">The request, or one of its members or elements, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the accepted range, the horizon is out of range, or an enum value is undefined.</exception>
    /// <exception cref="ArgumentException">Completed sessions are out of order or not before the first date, or an activity ends before it starts.</exception>
    /// <exception cref="RuleEvaluationException">An eligibility rule's condition (usually a clinic's custom rule) threw; the exception names the rule.</exception>
    public SessionPlan Plan(PlanRequest request)
    {
        Validate(request);
        return Plan(_policies.Current, _time, request, out _);
    }

    /// <summary>Plans a validated request under one snapshot, handing back the eligibility assessment the gate used (shared with the facade).</summary>
    internal static SessionPlan Plan(MesoRulesPolicy policy, TimeProvider time, PlanRequest request, out EligibilityAssessment eligibility)
    {
        var findings = new List<PlanFinding>(8);
        eligibility = EligibilityEngine.Evaluate(policy, request.Patient);
        if (!eligibility.AllowsTreatment)
        {
            return Blocked(policy, eligibility, findings);
        }

        if (request.Patient.Severity == Severity.Unknown)
        {
            return SeverityNeeded(policy, eligibility, findings);
        }

        var c = new Context(policy, request, findings);
        var sessions = new List<PlannedSession>(16);
        PlanningRuleSet rules = c.Rules;
        Severity severity = request.Patient.Severity;
        int interval = rules.IntervalFor(severity);
        int total = rules.InitialSessionsFor(severity);

        // History: completed sessions, with every gap beyond the bounds flagged.
        IReadOnlyList<DateOnly> done = request.CompletedSessions;
        bool longGap = false;
        for (int i = 0; i < done.Count; i++)
        {
            if (i > 0)
            {
                int gap = done[i].DayNumber - done[i - 1].DayNumber;
                if (gap > rules.MaximumIntervalDays)
                {
                    longGap = true;
                    c.Add(PlanningRuleIds.GapExceeded, PlanFindingKind.GapExceeded, i + 1, rules.Say(PlanningText.GapExceededSession, ("session", i + 1), ("date", done[i]), ("days", gap), ("maximum", rules.MaximumIntervalDays)));
                }
                else if (gap < rules.MinimumIntervalDays)
                {
                    c.Add(PlanningRuleIds.IntervalBounds, PlanFindingKind.Conflict, i + 1, rules.Say(PlanningText.IntervalBoundsCompleted, ("session", i + 1), ("date", done[i]), ("days", gap), ("minimum", rules.MinimumIntervalDays)));
                }
            }

            sessions.Add(c.Session(i + 1, SessionPhase.Initial, done[i], completed: true));
        }

        DateOnly first = request.FirstSessionDate;
        if (done.Count > 0 && first.DayNumber - done[^1].DayNumber > rules.MaximumIntervalDays)
        {
            longGap = true;
            c.Add(PlanningRuleIds.GapExceeded, PlanFindingKind.GapExceeded, done.Count + 1, rules.Say(PlanningText.GapExceededRestart, ("date", first), ("days", first.DayNumber - done[^1].DayNumber), ("last", done[^1]), ("maximum", rules.MaximumIntervalDays)));
        }

        if (longGap && rules.AddSessionAfterLongGap)
        {
            total++;
            c.Add(PlanningRuleIds.ExtraSession, PlanFindingKind.Information, null, rules.Say(PlanningText.ExtraSessionAdded, ("maximum", rules.MaximumIntervalDays), ("total", total)));
        }

        int remaining = Math.Max(0, total - done.Count);
        c.Add(PlanningRuleIds.InitialCount, PlanFindingKind.Information, null, done.Count == 0
            ? rules.Say(PlanningText.InitialCount, ("total", total), ("severity", rules.Word(severity)))
            : rules.Say(PlanningText.InitialCountReplanned, ("total", total), ("severity", rules.Word(severity)), ("done", done.Count), ("remaining", remaining)));
        c.Add(PlanningRuleIds.Interval, PlanFindingKind.Information, null, rules.Say(PlanningText.Interval, ("interval", interval), ("severity", rules.Word(severity)), ("minimum", rules.MinimumIntervalDays), ("maximum", rules.MaximumIntervalDays)));

        DateOnly? previous = done.Count > 0 ? done[^1] : null;
        for (int k = 0; k < remaining; k++)
        {
            DateOnly placed = c.PlaceInCourse(sessions.Count + 1, previous, interval, first);
            sessions.Add(c.Session(sessions.Count + 1, SessionPhase.Initial, placed, completed: false));
            previous = placed;
        }

        if (previous is null)
        {
            CheckConsent(c, policy, time, sessions);
            return Result(policy, eligibility, sessions, findings);
        }

        DateOnly review = c.PlaceInCourse(sessions.Count + 1, previous, interval, first);
        sessions.Add(c.Session(sessions.Count + 1, SessionPhase.Review, review, completed: false));
        DateOnly lastInitialDate = previous.Value;
        c.Add(PlanningRuleIds.Review, PlanFindingKind.Information, sessions.Count, review.DayNumber - lastInitialDate.DayNumber <= rules.MaximumIntervalDays
            ? rules.Say(PlanningText.Review, ("date", review))
            : rules.Say(PlanningText.ReviewLate, ("date", review), ("last", lastInitialDate), ("days", review.DayNumber - lastInitialDate.DayNumber)));

        PlanMaintenance(c, sessions, review);
        FollowUpCheck? followUp = PlanFollowUp(c, policy, sessions);
        CheckConsent(c, policy, time, sessions);
        return Result(policy, eligibility, sessions, findings) with { FollowUp = followUp };
    }

    /// <summary>The follow-up check for late complications, <see cref="PlanningOptions.FollowUpWeeks"/> after the last initial session, on an open day.</summary>
    private static FollowUpCheck? PlanFollowUp(Context c, MesoRulesPolicy policy, List<PlannedSession> sessions)
    {
        int weeks = c.Rules.FollowUpWeeks;
        if (weeks == 0)
        {
            return null;
        }

        DateOnly lastInitial = sessions.FindLast(s => s.Phase == SessionPhase.Initial)!.Date;
        DateOnly due = AddDaysChecked(lastInitial, weeks * 7);

        // Re-planning long after the course: a check already due is overdue, and is planned from the plan's first date.
        DateOnly first = c.Request.FirstSessionDate;
        DateOnly date = c.NextOpenDay(due < first ? first : due);
        ImmutableArray<DisclosureStatement> signs = policy.DisclosureRules.WarningSigns;
        string text = c.Rules.Say(
            date == due ? PlanningText.FollowUpCheck : due < first ? PlanningText.FollowUpOverdue : PlanningText.FollowUpMoved,
            ("date", date), ("due", due), ("weeks", weeks), ("last", lastInitial), ("signs", signs.Length));
        RuleDescriptor rule = c.Rules.Rules[PlanningRuleIds.FollowUp];
        c.Add(rule.Id, PlanFindingKind.Information, null, text);
        return new FollowUpCheck(date, due, rule.Id, text, signs, rule.Rationale, rule.Provenance, rule.Citation);
    }

    /// <summary>
    /// The consent gate: when the policy requires consent, a valid acknowledgment of the current disclosure must
    /// precede the first session still to come. For a new course that is the first session; when re-planning, the
    /// first planned one, so that a patient who acknowledged again (after a change of history or wording) can go on.
    /// </summary>
    private static void CheckConsent(Context c, MesoRulesPolicy policy, TimeProvider time, List<PlannedSession> sessions)
    {
        PlannedSession? next = sessions.Find(static s => !s.Completed);
        if (next is null || !policy.DisclosureRules.RequireConsent || policy.ConsentRule is not { } rule)
        {
            return;
        }

        ConsentCheck consent = DisclosureEngine.CheckConsentUnder(policy, InstantRange.Now(time), c.Request.Patient, c.Request.Acknowledgments, next.Start, hashNeeded: false);
        c.AddFinding(new PlanFinding(rule.Id, consent.Blocking ? PlanFindingKind.Blocking : PlanFindingKind.Information, consent.Message, rule.Rationale, rule.Provenance, rule.Citation, consent.Blocking ? next.Number : null));
    }

    private static void PlanMaintenance(Context c, List<PlannedSession> sessions, DateOnly review)
    {
        PlanningRuleSet rules = c.Rules;
        (string id, int months) = c.Request.Patient.Response switch
        {
            TreatmentResponse.Good => (PlanningRuleIds.MaintenanceGood, rules.GoodMonths),
            TreatmentResponse.Partial => (PlanningRuleIds.MaintenancePartial, rules.PartialMonths),
            TreatmentResponse.None => (PlanningRuleIds.MaintenanceNone, 0),
            _ => (PlanningRuleIds.MaintenanceAtReview, 0),
        };

        if (months == 0)
        {
            c.Add(id, PlanFindingKind.Information, null, rules.Say($"{id}.text"));
            return;
        }

        int horizon = c.Request.MaintenanceHorizonMonths;
        c.Add(id, PlanFindingKind.Information, null, horizon == 0
            ? rules.Say(PlanningText.MaintenanceNoHorizon(id), ("months", months))
            : rules.Say(PlanningText.Maintenance(id), ("months", months), ("horizon", horizon)));
        DateOnly end = AddMonthsChecked(review, horizon);
        DateOnly previous = review;
        for (int k = 1; ; k++)
        {
            DateOnly due = AddMonthsChecked(review, k * months);
            if (due > end)
            {
                break;
            }

            int tolerance = rules.MaintenanceToleranceDays;
            DateOnly earliest = Max(due.AddDays(-tolerance), previous.AddDays(1));
            DateOnly placed = c.Place(sessions.Count + 1, due, earliest, AddDaysChecked(due, tolerance), out _);
            sessions.Add(c.Session(sessions.Count + 1, SessionPhase.Maintenance, placed, completed: false));
            previous = placed;
        }
    }

    private static SessionPlan Blocked(MesoRulesPolicy policy, EligibilityAssessment eligibility, List<PlanFinding> findings)
    {
        findings.Add(GateFinding(policy, PlanningRuleIds.EligibilityGate, policy.PlanningRules.Say(PlanningText.Blocked, ("outcome", eligibility.Outcome.ToString()))));
        foreach (EligibilityNote note in eligibility.Notes)
        {
            if (note.Outcome > EligibilityOutcome.EligibleWithCautions)
            {
                findings.Add(new PlanFinding(note.RuleId, PlanFindingKind.Blocking, note.Text, note.Rationale, note.Provenance, note.Citation, null));
            }
        }

        return Result(policy, eligibility, [], findings);
    }

    /// <summary>An ungraded patient gets no course: the count and interval depend on the grade, so the plan asks for it.</summary>
    private static SessionPlan SeverityNeeded(MesoRulesPolicy policy, EligibilityAssessment eligibility, List<PlanFinding> findings)
    {
        findings.Add(GateFinding(policy, PlanningRuleIds.SeverityUnknown, policy.PlanningRules.Say(PlanningText.SeverityNeeded)));
        return Result(policy, eligibility, [], findings);
    }

    /// <summary>A blocking finding of a planning gate, with the gate rule's rationale and provenance.</summary>
    private static PlanFinding GateFinding(MesoRulesPolicy policy, string ruleId, string text)
    {
        RuleDescriptor rule = policy.PlanningRules.Rules[ruleId];
        return new PlanFinding(rule.Id, PlanFindingKind.Blocking, text, rule.Rationale, rule.Provenance, rule.Citation, null);
    }

    private static SessionPlan Result(MesoRulesPolicy policy, EligibilityAssessment eligibility, List<PlannedSession> sessions, List<PlanFinding> findings) =>
        new([.. sessions], [.. findings], eligibility.Outcome, policy.Version);

    internal static void Validate(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PatientProfile.ThrowIfInvalid(request.Patient, "request.Patient");
        if (request.Calendar is null)
        {
            throw new ArgumentNullException("request.Calendar");
        }

        if (request.TimeZone is null)
        {
            throw new ArgumentNullException("request.TimeZone");
        }

        if (request.FirstSessionDate < PlanRequest.EarliestDate || request.FirstSessionDate > PlanRequest.LatestFirstSessionDate)
        {
            throw new ArgumentOutOfRangeException("request.FirstSessionDate", $"FirstSessionDate must be between {D(PlanRequest.EarliestDate)} and {D(PlanRequest.LatestFirstSessionDate)}, so that the whole plan fits in the calendar.");
        }

        if ((uint)request.MaintenanceHorizonMonths > PlanRequest.MaxMaintenanceHorizonMonths)
        {
            throw new ArgumentOutOfRangeException("request.MaintenanceHorizonMonths", $"MaintenanceHorizonMonths must be between 0 and {PlanRequest.MaxMaintenanceHorizonMonths}.");
        }

        IReadOnlyList<DateOnly> done = request.CompletedSessions ?? throw new ArgumentNullException("request.CompletedSessions");
        for (int i = 0; i < done.Count; i++)
        {
            string member = $"request.CompletedSessions[{i}]";
            if (done[i] < PlanRequest.EarliestDate)
            {
                throw new ArgumentOutOfRangeException(member, $"Completed sessions must be on or after {D(PlanRequest.EarliestDate)}.");
            }

            if (i > 0 && done[i] <= done[i - 1])
            {
                throw new ArgumentException("Completed sessions must be in strictly increasing date order.", member);
            }

            if (done[i] >= request.FirstSessionDate)
            {
                throw new ArgumentException("Completed sessions must all be before FirstSessionDate.", member);
            }
        }

        IReadOnlyList<DisclosureAcknowledgment> acknowledgments = request.Acknowledgments ?? throw new ArgumentNullException("request.Acknowledgments");
        for (int i = 0; i < acknowledgments.Count; i++)
        {
            if (acknowledgments[i] is null)
            {
                throw new ArgumentNullException($"request.Acknowledgments[{i}]");
            }
        }

        IReadOnlyList<PatientActivity> activities = request.PatientActivities ?? throw new ArgumentNullException("request.PatientActivities");
        for (int i = 0; i < activities.Count; i++)
        {
            string member = $"request.PatientActivities[{i}]";
            PatientActivity activity = activities[i] ?? throw new ArgumentNullException(member);
            if (!AftercareActivities.IsDefined(activity.Kind))
            {
                throw new ArgumentOutOfRangeException($"{member}.Kind", "Kind must be a defined AftercareActivity value.");
            }

            if (activity.From < PlanRequest.EarliestDate)
            {
                throw new ArgumentOutOfRangeException($"{member}.From", $"Activity dates must be between {D(PlanRequest.EarliestDate)} and {D(DateOnly.MaxValue.AddDays(-1))}.");
            }

            if (activity.To > DateOnly.MaxValue.AddDays(-1))
            {
                throw new ArgumentOutOfRangeException($"{member}.To", $"Activity dates must be between {D(PlanRequest.EarliestDate)} and {D(DateOnly.MaxValue.AddDays(-1))}.");
            }

            if (activity.To < activity.From)
            {
                throw new ArgumentException("To must be on or after From.", $"{member}.To");
            }
        }
    }

    private const string CalendarMember = "request.Calendar";

#pragma warning disable CA2208 // The parameter name is the request member's path, which names the field for the caller.
    private static ArgumentException NoOpenDay(DateOnly after) =>
        new($"The clinic calendar has no open day in the {OpenDaySearchLimitDays} days after {D(after)}; allowed: a calendar with an open day at least once a year.", CalendarMember);
#pragma warning restore CA2208

    internal static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // The last day a session may fall on: two days before DateOnly.MaxValue, so every instant of it exists in any offset.
    private static readonly int LastPlanDay = DateOnly.MaxValue.DayNumber - 2;

    internal static DateOnly AddDaysChecked(DateOnly date, int days) =>
        (long)date.DayNumber + days <= LastPlanDay ? date.AddDays(days) : throw PastMaximumDate();

    private static DateOnly AddMonthsChecked(DateOnly date, int months) =>
        (date.Year * 12L) + date.Month - 1 + months <= (DateOnly.MaxValue.Year * 12L) + DateOnly.MaxValue.Month - 2 && date.AddMonths(months).DayNumber <= LastPlanDay
            ? date.AddMonths(months)
            : throw PastMaximumDate();

#pragma warning disable CA2208 // The parameter name is the request member's path, which names the field for the caller.
    private static ArgumentOutOfRangeException PastMaximumDate() =>
        new(FirstDateMember, "The plan would run past the last supported date (9999-12-29) with this first session date, calendar and horizon; choose an earlier FirstSessionDate.");
#pragma warning restore CA2208

    private const string FirstDateMember = "request.FirstSessionDate";

    /// <summary>The per-call state of one plan.</summary>
    private sealed class Context
    {
        private readonly List<PlanFinding> _findings;
        private readonly (AftercareActivity Kind, DateTimeOffset Start, DateTimeOffset End, TimeSpan Window, int Index, int FirstDay, int LastDay)[] _activities;

        // Sessions on days outside [_firstConflictDay, _lastConflictDay] cannot cover any activity, so no instant is computed for them.
        private readonly int _firstConflictDay = int.MaxValue;
        private readonly int _lastConflictDay = int.MinValue;

        public Context(MesoRulesPolicy policy, PlanRequest request, List<PlanFinding> findings)
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
}
