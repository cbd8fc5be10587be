using MesoRules.Core;
using PlanningSettings = MesoRules.Core.Settings<MesoRules.Planning.PlanningOptions>;
using RuleSettings = MesoRules.Core.Settings<MesoRules.Planning.PlanningRuleOptions>;

namespace MesoRules.Planning;

/// <summary>
/// The clinic's session-planning settings, bound from the configuration section <c>MesoRules:Planning</c>: course
/// lengths, intervals and maintenance periods, a switch per rule that can be switched off (<see cref="Rules"/>), and
/// the wording of every finding (<see cref="Texts"/>). Bounds are checked at start-up; every failure is listed.
/// </summary>
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
    /// How long a session lasts, from its start to the end instant its aftercare counts from.
    /// <value>The default value is 30 minutes (00:30:00); allowed: 00:05:00 to 08:00:00 (5 minutes to 8 hours).</value>
    /// </summary>
    public TimeSpan SessionDuration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Weeks from the last initial session to the follow-up visit for late complications (rule
    /// <see cref="PlanningRuleIds.FollowUp"/>; to plan no visit, switch that rule off in <see cref="Rules"/>). The default
    /// covers the 1 to 12 weeks after injection in which non-tuberculous mycobacterial infections have been reported.
    /// <value>The default value is 12; allowed: 1 to 52.</value>
    /// </summary>
    public int FollowUpWeeks { get; set; } = 12;

    /// <summary>
    /// How many days a maintenance session may move either side of its due date to reach an open day or avoid a patient's activity.
    /// <value>The default value is 14; allowed: 0 to 60.</value>
    /// </summary>
    public int MaintenanceToleranceDays { get; set; } = 14;

    /// <summary>
    /// Days without a visit done after which a course has lapsed and starts again with a full initial course (rule
    /// <see cref="PlanningRuleIds.CourseRestart"/>): a course restarts when the days from the last visit done to the
    /// planning day exceed this value (exactly this many days still continues the course). The library's choice, where
    /// the source is silent: it must exceed the longest gap the clinic's own plan can leave, a maintenance interval plus
    /// its tolerance (at most 12 months and 14 days, about 386 days, under the default tolerance), so a course kept as
    /// planned never reads as lapsed, and a patient who misses one 6-month maintenance visit still continues; past
    /// that the source's slow relapse after stopping makes the old response no longer a guide.
    /// <value>The default value is 400; allowed: 60 to 1095, and more than the longest maintenance interval (31 days a
    /// month) plus <see cref="MaintenanceToleranceDays"/>.</value>
    /// </summary>
    public int LapsedCourseDays { get; set; } = 400;

    /// <summary>
    /// Whether the review visit includes a treatment session. Off, the review evaluates results and injects nothing:
    /// it has no aftercare window and is not moved for the patient's activities.
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool ReviewIncludesTreatment { get; set; }

    /// <summary>
    /// How many days past its start a course's first session may be moved so that its aftercare does not cover a
    /// patient's activity (a holiday at the start moves the course); 0 keeps the start and reports the conflict.
    /// <value>The default value is 90; allowed: 0 to 366.</value>
    /// </summary>
    public int CourseStartSearchDays { get; set; } = 90;

    /// <summary>
    /// The clinic's settings per rule, keyed by rule id (see <see cref="PlanningRuleIds"/>; ignoring case). Two rules can
    /// be switched: <see cref="PlanningRuleIds.ExtraSession"/> (off by default: switch it on to add a session after a
    /// gap beyond <see cref="MaximumIntervalDays"/>) and <see cref="PlanningRuleIds.FollowUp"/> (on by default); the
    /// others are how every course is planned, and switching one off fails validation.
    /// <value>The default value is empty: every rule keeps its own default.</value>
    /// </summary>
    public IDictionary<string, PlanningRuleOptions> Rules { get; } = new Dictionary<string, PlanningRuleOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The clinic's wording of every planning text, keyed by text id: each rule's <c>&lt;rule id&gt;.summary</c>, the
    /// findings' sentences (<c>planning.review.text</c>, <c>planning.follow-up.text</c>, ...), which are templates with
    /// placeholders such as <c>{date}</c> or <c>{session}</c>, and the words they use for a severity
    /// (<c>planning.severity.mild</c>) and an activity (<c>planning.activity.sun</c>).
    /// <see cref="Policy.MesoRulesPolicy.Texts"/> lists every id with its wording in force. A rule whose text, or whose
    /// numbers (course lengths, intervals, maintenance months, follow-up weeks), the clinic changes has provenance
    /// <see cref="Provenance.Clinic"/> and keeps its citation. Unknown ids and placeholders fail validation.
    /// <value>The default value is empty: the library's wording; allowed: each word 1 to 200 characters on one line, each
    /// other text 1 to 2000 characters, none blank.</value>
    /// </summary>
    public IDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The clinic's wording in the other shipped languages, by language tag (<c>es</c>, <c>pt</c>, <c>fr</c>, <c>it</c>), then
    /// by text id as in <see cref="Texts"/>: <c>"Translations": { "es": { "&lt;text id&gt;": "…" } }</c>. A text set here replaces
    /// the shipped translation in that language; a text reworded in <see cref="Texts"/> and not here is shown in the
    /// clinic's English in that language, so that the clinic's meaning is kept. <see cref="Policy.MesoRulesPolicy.TextsIn(Localization.PatientLanguage)"/>
    /// lists every text of a language with where its wording comes from. Validated like <see cref="Texts"/>; a key that
    /// is not a shipped language other than English fails validation.
    /// <value>The default value is empty: the shipped translations.</value>
    /// </summary>
    public IDictionary<string, IDictionary<string, string>> Translations { get; } = new Dictionary<string, IDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The allowed range of the initial course lengths, in sessions.</summary>
    internal static IntRange InitialSessionsRange { get; } = new(1, 12);

    /// <summary>The allowed range of <see cref="MinimumIntervalDays"/> and <see cref="MaximumIntervalDays"/>, in days.</summary>
    internal static IntRange IntervalBoundsRange { get; } = new(1, 60);

    /// <summary>The allowed range of the maintenance periods, in months.</summary>
    internal static IntRange MaintenanceMonthsRange { get; } = new(1, 12);

    /// <summary>The allowed range of <see cref="SessionDuration"/>.</summary>
    internal static DurationRange SessionDurationRange { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromHours(8));

    /// <summary>The allowed range of <see cref="FollowUpWeeks"/>, in weeks.</summary>
    internal static IntRange FollowUpWeeksRange { get; } = new(1, 52);

    /// <summary>The allowed range of <see cref="MaintenanceToleranceDays"/>, in days.</summary>
    internal static IntRange MaintenanceToleranceRange { get; } = new(0, 60);

    /// <summary>The allowed range of <see cref="LapsedCourseDays"/>, in days.</summary>
    internal static IntRange LapsedCourseRange { get; } = new(60, 1095);

    /// <summary>The allowed range of <see cref="CourseStartSearchDays"/>, in days.</summary>
    internal static IntRange CourseStartSearchRange { get; } = new(0, 366);

    /// <summary>The allowed length of a word (a severity, an activity).</summary>
    internal static TextLength WordLength { get; } = new(200);

    /// <summary>The allowed length of a summary or a finding's sentence.</summary>
    internal static TextLength TextLength { get; } = new(2000);

    /// <summary>The library's settings, which a clinic's are compared with.</summary>
    internal static PlanningOptions Library { get; } = new();

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
        PlanningSettings.Duration(nameof(SessionDuration), static (o, v) => o.SessionDuration = v, SessionDurationRange),
        PlanningSettings.Number(nameof(MaintenanceToleranceDays), static (o, v) => o.MaintenanceToleranceDays = v, MaintenanceToleranceRange),
        PlanningSettings.Number(nameof(FollowUpWeeks), static (o, v) => o.FollowUpWeeks = v, FollowUpWeeksRange),
        PlanningSettings.Number(nameof(LapsedCourseDays), static (o, v) => o.LapsedCourseDays = v, LapsedCourseRange),
        PlanningSettings.Flag(nameof(ReviewIncludesTreatment), static (o, v) => o.ReviewIncludesTreatment = v),
        PlanningSettings.Number(nameof(CourseStartSearchDays), static (o, v) => o.CourseStartSearchDays = v, CourseStartSearchRange),
        PlanningSettings.Dictionary(
            nameof(Rules), static o => o.Rules, static key => key.ToLowerInvariant(), PlanningRuleOptions.Settings),
        PlanningSettings.Texts(nameof(Texts), static o => o.Texts, static key => key.ToLowerInvariant()),
        PlanningSettings.Translations(nameof(Translations), static o => o.Translations));
}

/// <summary>The clinic's setting for one planning rule; the rule's wording is set through <see cref="PlanningOptions.Texts"/>.</summary>
public sealed class PlanningRuleOptions
{
    /// <summary>
    /// Whether the rule is in force; only <see cref="PlanningRuleIds.ExtraSession"/> and <see cref="PlanningRuleIds.FollowUp"/>
    /// can be switched. A rule switched off is not applied, gives no finding, and is not listed in
    /// <see cref="Policy.MesoRulesPolicy.Rules"/>. <value>The default value is <see langword="null"/>: the rule's own default,
    /// off for <see cref="PlanningRuleIds.ExtraSession"/> and on for every other rule.</value>
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(RuleSettings.Flag(nameof(Enabled), static (o, v) => o.Enabled = v));
}
