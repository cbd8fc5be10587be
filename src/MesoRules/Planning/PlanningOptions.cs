using MesoRules.Core;
using PlanningSettings = MesoRules.Core.Settings<MesoRules.Planning.PlanningOptions>;

namespace MesoRules.Planning;

/// <summary>The clinic's session-planning settings. Bounds are checked at start-up; every failure is listed.</summary>
public sealed class PlanningOptions
{
    /// <summary>Initial sessions for mild hair loss. <value>The default value is 4; allowed: 1 to 12.</value></summary>
    public int MildInitialSessions { get; set; } = 4;

    /// <summary>Initial sessions for moderate hair loss. <value>The default value is 5; allowed: 1 to 12.</value></summary>
    public int ModerateInitialSessions { get; set; } = 5;

    /// <summary>Initial sessions for severe hair loss. <value>The default value is 6; allowed: 1 to 12.</value></summary>
    public int SevereInitialSessions { get; set; } = 6;

    /// <summary>Days between initial sessions for mild hair loss. <value>The default value is 14; allowed: <see cref="MinimumIntervalDays"/> to <see cref="MaximumIntervalDays"/>.</value></summary>
    public int MildIntervalDays { get; set; } = 14;

    /// <summary>Days between initial sessions for moderate hair loss. <value>The default value is 10; allowed: <see cref="MinimumIntervalDays"/> to <see cref="MaximumIntervalDays"/>.</value></summary>
    public int ModerateIntervalDays { get; set; } = 10;

    /// <summary>Days between initial sessions for severe hair loss. <value>The default value is 7; allowed: <see cref="MinimumIntervalDays"/> to <see cref="MaximumIntervalDays"/>.</value></summary>
    public int SevereIntervalDays { get; set; } = 7;

    /// <summary>
    /// The shortest allowed gap between consecutive initial (and review) sessions, in days; at most <see cref="MaximumIntervalDays"/>.
    /// <value>The default value is 7; allowed: 1 to 60.</value>
    /// </summary>
    public int MinimumIntervalDays { get; set; } = 7;

    /// <summary>The longest allowed gap between consecutive initial (and review) sessions, in days. <value>The default value is 14; allowed: 1 to 60.</value></summary>
    public int MaximumIntervalDays { get; set; } = 14;

    /// <summary>Months between maintenance sessions after a good response. <value>The default value is 6; allowed: 1 to 12.</value></summary>
    public int GoodResponseMaintenanceMonths { get; set; } = 6;

    /// <summary>Months between maintenance sessions after a partial response. <value>The default value is 3; allowed: 1 to 12.</value></summary>
    public int PartialResponseMaintenanceMonths { get; set; } = 3;

    /// <summary>
    /// Whether the initial course gains one session when a real gap exceeded <see cref="MaximumIntervalDays"/>.
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool AddSessionAfterLongGap { get; set; }

    /// <summary>
    /// How long a session lasts, from its start to the end instant its aftercare counts from.
    /// <value>The default value is 30 minutes (00:30:00); allowed: 00:05:00 to 08:00:00 (5 minutes to 8 hours).</value>
    /// </summary>
    public TimeSpan SessionDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Weeks from the last initial session to the follow-up visit for late complications; 0 plans no
    /// follow-up visit. The default covers the 1 to 12 weeks after injection in which non-tuberculous
    /// mycobacterial infections have been reported. <value>The default value is 12; allowed: 0 to 52.</value>
    /// </summary>
    public int FollowUpWeeks { get; set; } = 12;

    /// <summary>
    /// How many days a maintenance session may move either side of its due date to reach an open day or avoid a patient's activity.
    /// <value>The default value is 14; allowed: 0 to 60.</value>
    /// </summary>
    public int MaintenanceToleranceDays { get; set; } = 14;

    /// <summary>The allowed range of the initial course lengths, in sessions.</summary>
    internal static IntRange InitialSessionsRange { get; } = new(1, 12);

    /// <summary>The allowed range of <see cref="MinimumIntervalDays"/> and <see cref="MaximumIntervalDays"/>, in days.</summary>
    internal static IntRange IntervalBoundsRange { get; } = new(1, 60);

    /// <summary>The allowed range of the maintenance periods, in months.</summary>
    internal static IntRange MaintenanceMonthsRange { get; } = new(1, 12);

    /// <summary>The allowed range of <see cref="SessionDuration"/>.</summary>
    internal static DurationRange SessionDurationRange { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromHours(8));

    /// <summary>The allowed range of <see cref="FollowUpWeeks"/>, in weeks.</summary>
    internal static IntRange FollowUpWeeksRange { get; } = new(0, 52);

    /// <summary>The allowed range of <see cref="MaintenanceToleranceDays"/>, in days.</summary>
    internal static IntRange MaintenanceToleranceRange { get; } = new(0, 60);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        PlanningSettings.Number(nameof(MildInitialSessions), static (o, v) => o.MildInitialSessions = v, InitialSessionsRange),
        PlanningSettings.Number(nameof(ModerateInitialSessions), static (o, v) => o.ModerateInitialSessions = v, InitialSessionsRange),
        PlanningSettings.Number(nameof(SevereInitialSessions), static (o, v) => o.SevereInitialSessions = v, InitialSessionsRange),
        PlanningSettings.Number(nameof(MildIntervalDays), static (o, v) => o.MildIntervalDays = v),
        PlanningSettings.Number(nameof(ModerateIntervalDays), static (o, v) => o.ModerateIntervalDays = v),
        PlanningSettings.Number(nameof(SevereIntervalDays), static (o, v) => o.SevereIntervalDays = v),
        PlanningSettings.Number(nameof(MinimumIntervalDays), static (o, v) => o.MinimumIntervalDays = v, IntervalBoundsRange),
        PlanningSettings.Number(nameof(MaximumIntervalDays), static (o, v) => o.MaximumIntervalDays = v, IntervalBoundsRange),
        PlanningSettings.Number(nameof(GoodResponseMaintenanceMonths), static (o, v) => o.GoodResponseMaintenanceMonths = v, MaintenanceMonthsRange),
        PlanningSettings.Number(nameof(PartialResponseMaintenanceMonths), static (o, v) => o.PartialResponseMaintenanceMonths = v, MaintenanceMonthsRange),
        PlanningSettings.Flag(nameof(AddSessionAfterLongGap), static (o, v) => o.AddSessionAfterLongGap = v),
        PlanningSettings.Duration(nameof(SessionDuration), static (o, v) => o.SessionDuration = v, SessionDurationRange),
        PlanningSettings.Number(nameof(MaintenanceToleranceDays), static (o, v) => o.MaintenanceToleranceDays = v, MaintenanceToleranceRange),
        PlanningSettings.Number(nameof(FollowUpWeeks), static (o, v) => o.FollowUpWeeks = v, FollowUpWeeksRange));
}
