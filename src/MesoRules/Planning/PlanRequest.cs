using MesoRules.Disclosure;
using MesoRules.Patients;

namespace MesoRules.Planning;

/// <summary>What the planner needs to propose a course: the patient, the first date, the clinic calendar and time, the patient's plans and the history.</summary>
/// <remarks>Properties are settable so that JSON readers and model binders keep the defaults of members they do not see; the planner only reads a request.</remarks>
public sealed class PlanRequest
{
    /// <summary>The earliest date the planner accepts (1900-01-01), for every date in the request.</summary>
    internal static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>
    /// The latest first-session date the planner accepts: twenty years before <see cref="DateOnly.MaxValue"/>.
    /// A plan from an accepted date that would still run past the last supported day (a very sparse calendar,
    /// a long horizon) is refused with an <see cref="ArgumentOutOfRangeException"/> naming <c>request.FirstSessionDate</c>.
    /// </summary>
    internal static readonly DateOnly LatestFirstSessionDate = DateOnly.MaxValue.AddYears(-20);

    /// <summary>The longest maintenance horizon, in months, documented in words on <see cref="MaintenanceHorizonMonths"/>.</summary>
    internal const int MaxMaintenanceHorizonMonths = 120;

    /// <summary>The patient; eligibility gates the plan.</summary>
    public required PatientProfile Patient { get; set; }

    /// <summary>
    /// The earliest date for the next session. Without history it is the first session's date (moved forward
    /// to an open day if needed); with <see cref="CompletedSessions"/> it is the date re-planning starts from,
    /// for example today.
    /// </summary>
    public required DateOnly FirstSessionDate { get; set; }

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

    /// <summary>How many months after the review maintenance is planned for. <value>The default value is 12; allowed: 0 to 120.</value></summary>
    public int MaintenanceHorizonMonths { get; set; } = 12;

    /// <summary>Dates of initial sessions already done, in increasing order and all before <see cref="FirstSessionDate"/>. <value>The default value is empty.</value></summary>
    public IReadOnlyList<DateOnly> CompletedSessions { get; set; } = [];

    /// <summary>
    /// The patient's stored acknowledgments of the risk disclosure. When the policy requires consent
    /// (rule <see cref="DisclosureRuleIds.Consent"/> in force, see <see cref="DisclosureOptions.Rules"/>), a plan without a valid acknowledgment of the current
    /// disclosure given before the first session carries a blocking <c>disclosure.consent</c> finding.
    /// <value>The default value is empty.</value>
    /// </summary>
    public IReadOnlyList<DisclosureAcknowledgment> Acknowledgments { get; set; } = [];
}
