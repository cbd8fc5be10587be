namespace MesoRules.Planning;

/// <summary>The ids of the planning rules.</summary>
public static class PlanningRuleIds
{
    /// <summary>The initial course length by severity.</summary>
    public const string InitialCount = "planning.initial-count";

    /// <summary>The interval between initial sessions by severity, within bounds.</summary>
    public const string Interval = "planning.interval";

    /// <summary>The review visit one interval after the last initial session.</summary>
    public const string Review = "planning.review";

    /// <summary>Maintenance after a good response.</summary>
    public const string MaintenanceGood = "planning.maintenance.good";

    /// <summary>Maintenance after a partial response.</summary>
    public const string MaintenancePartial = "planning.maintenance.partial";

    /// <summary>No maintenance after no response: refer and consider other therapies.</summary>
    public const string MaintenanceNone = "planning.maintenance.none";

    /// <summary>Maintenance is decided at the review when the response is not known yet.</summary>
    public const string MaintenanceAtReview = "planning.maintenance.at-review";

    /// <summary>A session moved off a day the clinic is closed.</summary>
    public const string ClosedDay = "planning.closed-day";

    /// <summary>A session moved, or a conflict reported, so that no aftercare window covers a patient's planned activity.</summary>
    public const string PatientActivity = "planning.patient-activity";

    /// <summary>A session that cannot be placed within the interval bounds.</summary>
    public const string IntervalBounds = "planning.interval-bounds";

    /// <summary>A real gap between sessions that exceeded the maximum interval.</summary>
    public const string GapExceeded = "planning.gap-exceeded";

    /// <summary>An extra initial session after a long gap, when the policy asks for one.</summary>
    public const string ExtraSession = "planning.extra-session";

    /// <summary>The follow-up visit for late complications after the last initial session.</summary>
    public const string FollowUp = "planning.follow-up";

    /// <summary>No course for a patient whose severity is <see cref="Patients.Severity.Unknown"/>: the plan asks for the grade.</summary>
    public const string SeverityUnknown = "planning.severity-unknown";

    /// <summary>The eligibility gate: only eligible patients (with or without cautions) get sessions.</summary>
    public const string EligibilityGate = "planning.eligibility-gate";

    /// <summary>Re-planning counts only the visits done; missed and cancelled visits are flagged.</summary>
    public const string Visits = "planning.visits";

    /// <summary>A course whose last visit done is more than <see cref="PlanningOptions.LapsedCourseDays"/> old starts again with a full initial course.</summary>
    public const string CourseRestart = "planning.course-restart";

    /// <summary>A session whose local start time does not exist that day (a daylight-saving gap) starts later, and the plan says so.</summary>
    public const string LocalTime = "planning.local-time";
}
