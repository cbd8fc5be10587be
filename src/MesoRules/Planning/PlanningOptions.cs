namespace MesoRules.Planning;

/// <summary>The clinic's session-planning settings. Bounds are checked at start-up; every failure is listed.</summary>
public sealed class PlanningOptions
{
    /// <summary>The fewest initial sessions a clinic may set: 1.</summary>
    public const int MinInitialSessions = 1;

    /// <summary>The most initial sessions a clinic may set: 12.</summary>
    public const int MaxInitialSessions = 12;

    /// <summary>The shortest interval bound a clinic may set, in days: 1.</summary>
    public const int MinIntervalBoundDays = 1;

    /// <summary>The longest interval bound a clinic may set, in days: 60.</summary>
    public const int MaxIntervalBoundDays = 60;

    /// <summary>The shortest maintenance period a clinic may set, in months: 1.</summary>
    public const int MinMaintenanceMonths = 1;

    /// <summary>The longest maintenance period a clinic may set, in months: 12.</summary>
    public const int MaxMaintenanceMonths = 12;

    /// <summary>Initial sessions for mild hair loss, 1 to 12. <value>The default value is 4.</value></summary>
    public int MildInitialSessions { get; set; } = 4;

    /// <summary>Initial sessions for moderate hair loss, 1 to 12. <value>The default value is 5.</value></summary>
    public int ModerateInitialSessions { get; set; } = 5;

    /// <summary>Initial sessions for severe hair loss, 1 to 12. <value>The default value is 6.</value></summary>
    public int SevereInitialSessions { get; set; } = 6;

    /// <summary>Days between initial sessions for mild hair loss, within the interval bounds. <value>The default value is 14.</value></summary>
    public int MildIntervalDays { get; set; } = 14;

    /// <summary>Days between initial sessions for moderate hair loss, within the interval bounds. <value>The default value is 10.</value></summary>
    public int ModerateIntervalDays { get; set; } = 10;

    /// <summary>Days between initial sessions for severe hair loss, within the interval bounds. <value>The default value is 7.</value></summary>
    public int SevereIntervalDays { get; set; } = 7;

    /// <summary>The shortest allowed gap between consecutive initial (and review) sessions, in days, 1 to 60, at most <see cref="MaximumIntervalDays"/>. <value>The default value is 7.</value></summary>
    public int MinimumIntervalDays { get; set; } = 7;

    /// <summary>The longest allowed gap between consecutive initial (and review) sessions, in days, 1 to 60. <value>The default value is 14.</value></summary>
    public int MaximumIntervalDays { get; set; } = 14;

    /// <summary>Months between maintenance sessions after a good response, 1 to 12. <value>The default value is 6.</value></summary>
    public int GoodResponseMaintenanceMonths { get; set; } = 6;

    /// <summary>Months between maintenance sessions after a partial response, 1 to 12. <value>The default value is 3.</value></summary>
    public int PartialResponseMaintenanceMonths { get; set; } = 3;

    /// <summary>
    /// Whether the initial course gains one session when a real gap exceeded <see cref="MaximumIntervalDays"/>.
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool AddSessionAfterLongGap { get; set; }

    /// <summary>How long a session lasts, from its start to the end instant its aftercare counts from; 5 minutes to 8 hours. <value>The default value is 30 minutes.</value></summary>
    public TimeSpan SessionDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest follow-up delay a clinic may set, in weeks: 52.</summary>
    public const int MaxFollowUpWeeks = 52;

    /// <summary>
    /// Weeks from the last initial session to the follow-up visit for late complications, 0 to 52; 0 plans no
    /// follow-up visit. The default covers the 1 to 12 weeks after injection in which non-tuberculous
    /// mycobacterial infections have been reported. <value>The default value is 12.</value>
    /// </summary>
    public int FollowUpWeeks { get; set; } = 12;

    /// <summary>How many days a maintenance session may move either side of its due date to reach an open day or avoid a patient's activity, 0 to 60. <value>The default value is 14.</value></summary>
    public int MaintenanceToleranceDays { get; set; } = 14;
}
