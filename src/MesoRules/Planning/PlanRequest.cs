using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Localization;
using MesoRules.Patients;

namespace MesoRules.Planning;

/// <summary>
/// What the planner needs to propose a course: the patient, the course's start, the day planning happens, the clinic
/// calendar and time, the patient's plans and own aftercare instructions, and the visits recorded so far.
/// </summary>
/// <remarks>Properties are settable so that JSON readers and model binders keep the defaults of members they do not see; the planner only reads a request.</remarks>
public sealed class PlanRequest
{
    /// <summary>The earliest date the planner accepts (1900-01-01), for every date in the request.</summary>
    internal static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>
    /// The latest course start (and planning day) the planner accepts: twenty years before <see cref="DateOnly.MaxValue"/>.
    /// A plan from an accepted date that would still run past the last supported day (a very sparse calendar,
    /// a long horizon) is refused with an <see cref="ArgumentOutOfRangeException"/> naming <c>request.CourseStart</c>.
    /// </summary>
    internal static readonly DateOnly LatestCourseStart = DateOnly.MaxValue.AddYears(-20);

    /// <summary>The longest maintenance horizon, in months, documented in words on <see cref="MaintenanceHorizonMonths"/>.</summary>
    internal const int MaxMaintenanceHorizonMonths = 120;

    /// <summary>The patient; eligibility gates the plan.</summary>
    public required PatientProfile Patient { get; set; }

    /// <summary>
    /// The course's start: the earliest date of its first session (moved forward to an open day, or past a patient's
    /// activity, if needed). It means only that: every recorded visit must be on or after it, and the day re-planning
    /// happens is <see cref="Today"/>. Renamed from <c>FirstSessionDate</c> (see docs/migration-1.0.md).
    /// </summary>
    public required DateOnly CourseStart { get; set; }

    /// <summary>
    /// The day planning happens, on the clinic calendar: no session is planned before it, every recorded visit is on or
    /// before it, and a course whose last visit done is more than <see cref="PlanningOptions.LapsedCourseDays"/> before
    /// it starts again. For a new course (no <see cref="Visits"/>) it must not be after <see cref="CourseStart"/>.
    /// <value>The default value is <see langword="null"/>: with visits, today in <see cref="TimeZone"/> from the planner's
    /// <see cref="TimeProvider"/>; without visits, the clock is not read and the course is planned from <see cref="CourseStart"/>.</value>
    /// </summary>
    public DateOnly? Today { get; set; }

    /// <summary>
    /// The language of the plan's findings and of the eligibility notes that gate it: dates in the findings are written
    /// for it. <value>The default value is <see langword="null"/>: <see cref="PatientLanguage.English"/>.</value>
    /// </summary>
    public PatientLanguage? Language { get; set; }

    /// <summary>The clinic's open days. <value>The default value is <see cref="ClinicCalendar.Weekdays"/>.</value></summary>
    public ClinicCalendar Calendar { get; set; } = ClinicCalendar.Weekdays;

    /// <summary>
    /// The clinic's time zone, in which dates and the session time are read, and from which every session's start
    /// and end instant (and so every aftercare window) follows. Required: no zone is assumed, because a wrong one
    /// shifts every instant by hours.
    /// </summary>
    public required TimeZoneInfo TimeZone { get; set; }

    /// <summary>
    /// The local time sessions start. A time skipped by a daylight-saving change moves forward by the
    /// length of the gap; a repeated time takes its first occurrence. <value>The default value is 10:00.</value>
    /// </summary>
    public TimeOnly SessionTime { get; set; } = new(10, 0);

    /// <summary>Activities the patient has planned, which no session's aftercare window may cover. <value>The default value is empty.</value></summary>
    public IReadOnlyList<PatientActivity> PatientActivities { get; set; } = [];

    /// <summary>
    /// How many months of maintenance the plan shows: counted from the planned review, or, for a course past its review,
    /// from the later of the last visit done and <see cref="Today"/>. <value>The default value is 12; allowed: 0 to 120.</value>
    /// </summary>
    public int MaintenanceHorizonMonths { get; set; } = 12;

    /// <summary>
    /// The visits recorded so far, done, missed or cancelled, in strictly increasing date order, each on or after
    /// <see cref="CourseStart"/> and on or before <see cref="Today"/>. Within one course the visits done go initial, review,
    /// maintenance; only those count. Replaces <c>CompletedSessions</c>. <value>The default value is empty: a new course.</value>
    /// </summary>
    public IReadOnlyList<CourseVisit> Visits { get; set; } = [];

    /// <summary>
    /// The practitioner's aftercare instructions for this patient (at most one per activity), used instead of the clinic's
    /// windows in every check against <see cref="PatientActivities"/>; an instruction that shortens a window below the policy
    /// minimum needs its <see cref="AftercareInstruction.Reason"/>. <value>The default value is empty: the clinic's windows.</value>
    /// </summary>
    public IReadOnlyList<AftercareInstruction> AftercareInstructions { get; set; } = [];

    /// <summary>
    /// The patient's stored acknowledgments of the risk disclosure. When the policy requires consent
    /// (rule <see cref="DisclosureRuleIds.Consent"/> in force, see <see cref="DisclosureOptions.Rules"/>), a plan without a valid acknowledgment of the current
    /// disclosure given before the first session carries a blocking <c>disclosure.consent</c> finding.
    /// <value>The default value is empty.</value>
    /// </summary>
    public IReadOnlyList<DisclosureAcknowledgment> Acknowledgments { get; set; } = [];
}
