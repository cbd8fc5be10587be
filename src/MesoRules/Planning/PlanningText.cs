using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Eligibility;
using MesoRules.Patients;
using static MesoRules.Planning.PlanningRuleIds;

namespace MesoRules.Planning;

/// <summary>
/// The ids and the library's wording of the planner's texts: each rule's summary, the findings' sentences (templates
/// whose placeholders the planner fills in) and the words they use for a severity or an activity.
/// </summary>
internal static class PlanningText
{
    public const string InitialCount = $"{PlanningRuleIds.InitialCount}.text";
    public const string InitialCountReplanned = $"{PlanningRuleIds.InitialCount}.text-replanned";
    public const string Interval = $"{PlanningRuleIds.Interval}.text";
    public const string Review = $"{PlanningRuleIds.Review}.text";
    public const string ReviewLate = $"{PlanningRuleIds.Review}.text-late";
    public const string MaintenanceNone = $"{PlanningRuleIds.MaintenanceNone}.text";
    public const string MaintenanceAtReview = $"{PlanningRuleIds.MaintenanceAtReview}.text";
    public const string ClosedDayMoved = $"{ClosedDay}.text-moved";
    public const string ClosedDayNoOpenDay = $"{ClosedDay}.text-no-open-day";
    public const string ActivityMoved = $"{PlanningRuleIds.PatientActivity}.text-moved";
    public const string ActivityConflict = $"{PlanningRuleIds.PatientActivity}.text-conflict";
    public const string Activity = $"{PlanningRuleIds.PatientActivity}.activity";
    public const string IntervalBoundsPlaced = $"{IntervalBounds}.text";
    public const string IntervalBoundsCompleted = $"{IntervalBounds}.text-completed";
    public const string GapExceededSession = $"{GapExceeded}.text";
    public const string GapExceededRestart = $"{GapExceeded}.text-restart";
    public const string ExtraSessionAdded = $"{ExtraSession}.text";
    public const string FollowUpVisit = $"{FollowUp}.text";
    public const string FollowUpOverdue = $"{FollowUp}.text-overdue";
    public const string FollowUpMoved = $"{FollowUp}.text-moved";
    public const string SeverityNeeded = $"{SeverityUnknown}.text";
    public const string Blocked = $"{EligibilityGate}.text";
    public const string VisitsCounted = $"{PlanningRuleIds.Visits}.text";
    public const string VisitMissed = $"{PlanningRuleIds.Visits}.text-missed";
    public const string VisitCancelled = $"{PlanningRuleIds.Visits}.text-cancelled";
    public const string MaintenanceOverdue = $"{PlanningRuleIds.Visits}.text-maintenance-overdue";
    public const string CourseRestarted = $"{CourseRestart}.text";
    public const string LocalTimeMoved = $"{LocalTime}.text";
    public const string ActivityStartMoved = $"{PlanningRuleIds.PatientActivity}.text-start-moved";
    public const string ActivityStartMovedCourse = $"{PlanningRuleIds.PatientActivity}.text-start-moved-course";
    public const string MaintenanceAtReviewHeld = $"{PlanningRuleIds.MaintenanceAtReview}.text-held";

    /// <summary>The sentence of a maintenance rule when the course is already past its review.</summary>
    public static string MaintenanceContinued(string ruleId) => $"{ruleId}.text-continued";

    public static string Word(SessionPhase phase) => $"planning.phase.{TextIds.Kebab(EnumNames<SessionPhase>.NameOf(phase)!)}";

    /// <summary>The sentence of a maintenance rule that plans sessions (good or partial response).</summary>
    public static string Maintenance(string ruleId) => $"{ruleId}.text";

    /// <summary>The same, when the horizon is 0 months and nothing is planned.</summary>
    public static string MaintenanceNoHorizon(string ruleId) => $"{ruleId}.text-no-horizon";

    public static string Summary(string ruleId) => $"{ruleId}.summary";

    public static string Word(Severity severity) => $"planning.severity.{TextIds.Kebab(EnumNames<Severity>.NameOf(severity)!)}";

    public static string Word(AftercareActivity activity) => $"planning.activity.{TextIds.Kebab(AftercareActivities.Of(activity).Name)}";

    private const string FollowUpRest = "{weeks} weeks after the last initial session on {last}, for late complications: an infection can show weeks later and scarring months later. Until then and after, the patient contacts the clinic for any of the {signs} warning signs.";
    private const string MaintenancePlanned = "Maintenance every {months} months for {horizon} months after the review.";
    private const string MaintenanceFromLast = "Maintenance every {months} months after the last visit done on {last}, for {horizon} months.";
    private const string MaintenanceAdvised = "Maintenance every {months} months is advised; none is planned because the maintenance horizon is 0 months.";

    /// <summary>Every planning text: the summaries, the findings' sentences, the words, the plan document's words.</summary>
    public static IEnumerable<TextDefault> Defaults(IEnumerable<RuleDescriptor> rules) =>
    [
        .. rules.Select(r => Text(Summary(r.Id), r.Id, r.Summary)),
        Text(InitialCount, PlanningRuleIds.InitialCount, "{total} initial sessions for {severity} hair loss."),
        Text(InitialCountReplanned, PlanningRuleIds.InitialCount, "{total} initial sessions for {severity} hair loss: {done} done, {remaining} to plan."),
        Text(Interval, PlanningRuleIds.Interval, "Every {interval} days for {severity} hair loss; consecutive sessions {minimum} to {maximum} days apart."),
        Text(Review, PlanningRuleIds.Review, "Review visit on {date}, one interval after the last initial session, to evaluate the results."),
        Text(ReviewLate, PlanningRuleIds.Review, "Review visit on {date}, the first date planned, to evaluate the results: the last initial session on {last} was {days} days earlier."),
        Text(Maintenance(MaintenanceGood), MaintenanceGood, MaintenancePlanned),
        Text(MaintenanceNoHorizon(MaintenanceGood), MaintenanceGood, MaintenanceAdvised),
        Text(Maintenance(MaintenancePartial), MaintenancePartial, MaintenancePlanned),
        Text(MaintenanceNoHorizon(MaintenancePartial), MaintenancePartial, MaintenanceAdvised),
        Text(MaintenanceNone, PlanningRuleIds.MaintenanceNone, "No maintenance: there was no response; a specialist should review other therapies."),
        Text(MaintenanceAtReview, PlanningRuleIds.MaintenanceAtReview, "Maintenance is decided at the review visit, from the response to the initial course."),
        Text(ClosedDayMoved, ClosedDay, "Session {session} moved from {target} to {date}: the clinic is closed on {target}."),
        Text(ClosedDayNoOpenDay, ClosedDay, "Session {session}: the clinic has no open day from {earliest} to {latest}; it is placed on the next open day, {date}."),
        Text(ActivityMoved, PlanningRuleIds.PatientActivity, "Session {session} moved from {target} to {date} so that its aftercare does not cover {activity}."),
        Text(ActivityConflict, PlanningRuleIds.PatientActivity, "Session {session} on {date}: its {kind} aftercare window lasts until {until} and covers {activity}; no date within the bounds avoids it."),
        Text(Activity, PlanningRuleIds.PatientActivity, "the patient's {label} ({from} to {to})"),
        Text(IntervalBoundsPlaced, IntervalBounds, "Session {session}: no open day from {earliest} to {latest} ({minimum} to {maximum} days after the session on {previous}); the nearest is {date}, {days} days after it."),
        Text(IntervalBoundsCompleted, IntervalBounds, "Session {session} on {date} came {days} days after the previous one; the minimum is {minimum} days."),
        Text(GapExceededSession, GapExceeded, "Session {session} on {date} came {days} days after the previous one; the maximum is {maximum} days."),
        Text(GapExceededRestart, GapExceeded, "Planning restarts on {date}, {days} days after the last session on {last}; the maximum is {maximum} days."),
        Text(ExtraSessionAdded, ExtraSession, "The initial course gains one session after a gap beyond {maximum} days: {total} sessions."),
        Text(FollowUpVisit, FollowUp, $"Follow-up check on {{date}}, {FollowUpRest}"),
        Text(FollowUpOverdue, FollowUp, $"Follow-up check on {{date}} (overdue: it was due on {{due}}), {FollowUpRest}"),
        Text(FollowUpMoved, FollowUp, $"Follow-up check on {{date}} (due {{due}}, when the clinic is closed), {FollowUpRest}"),
        Text(SeverityNeeded, SeverityUnknown, "No sessions are planned: the severity of hair loss is not graded. Grade it as mild, moderate or severe to plan the course."),
        Text(Blocked, EligibilityGate, "No sessions are planned: the eligibility outcome is {outcome}."),
        Text(VisitsCounted, PlanningRuleIds.Visits, "Visits counted as done: {initial} initial, {review} review, {maintenance} maintenance; {missed} missed and {cancelled} cancelled are not counted."),
        Text(VisitMissed, PlanningRuleIds.Visits, "The {phase} visit on {date} was missed; it does not count as done."),
        Text(VisitCancelled, PlanningRuleIds.Visits, "The {phase} visit on {date} was cancelled; it does not count as done."),
        Text(MaintenanceOverdue, PlanningRuleIds.Visits, "The next maintenance session was due on {due}, before {today}; it is planned from {today}."),
        Text(CourseRestarted, CourseRestart, "The last visit done, on {last}, was {days} days before {today}, more than the limit of {limit} days: the course has lapsed and starts again with a full initial course."),
        Text(LocalTimeMoved, LocalTime, "Session {session} on {date} starts at {actual}, not {time}: the clocks move forward that night and {time} does not exist."),
        Text(ActivityStartMoved, PlanningRuleIds.PatientActivity, "The course start moves from {target} to {date} so that session 1's aftercare does not cover {activity}."),
        Text(ActivityStartMovedCourse, PlanningRuleIds.PatientActivity, "The course start moves from {target} to {date} so that the aftercare of session {session}, placed from that start, does not cover {activity}."),
        Text(MaintenanceAtReviewHeld, PlanningRuleIds.MaintenanceAtReview, "The review on {date} was held but the response is not recorded; record it to plan maintenance."),
        Text(MaintenanceContinued(MaintenanceGood), MaintenanceGood, MaintenanceFromLast),
        Text(MaintenanceContinued(MaintenancePartial), MaintenancePartial, MaintenanceFromLast),
        .. new[] { Severity.Mild, Severity.Moderate, Severity.Severe }.Select(s => WordText(Word(s), EnumNames<Severity>.NameOf(s)!.ToLowerInvariant())),
        .. AftercareActivities.All.Select(a => WordText(Word(a.Activity), a.Word)),
        .. Enum.GetValues<SessionPhase>().Select(p => WordText(Word(p), EnumNames<SessionPhase>.NameOf(p)!.ToLowerInvariant())),
        .. OutcomeWords.Select(o => WordText(Word(o.Outcome), o.Word)),
        .. SessionPlanDocument.Words,
    ];

    /// <summary>The words of the eligibility outcomes a plan's gate names.</summary>
    private static readonly (EligibilityOutcome Outcome, string Word)[] OutcomeWords =
    [
        (EligibilityOutcome.Eligible, "eligible"),
        (EligibilityOutcome.EligibleWithCautions, "eligible with cautions"),
        (EligibilityOutcome.NeedsInformation, "more information needed"),
        (EligibilityOutcome.Deferred, "deferred"),
        (EligibilityOutcome.ReferToSpecialist, "refer to a specialist"),
        (EligibilityOutcome.NotEligible, "not eligible"),
    ];

    /// <summary>The text id of an eligibility outcome's word: <c>planning.outcome.refer-to-specialist</c>.</summary>
    public static string Word(EligibilityOutcome outcome) => $"planning.outcome.{TextIds.Kebab(EnumNames<EligibilityOutcome>.NameOf(outcome)!)}";

    private static TextDefault Text(string id, string ruleId, string text) => new(id, ruleId, text, PlanningOptions.TextLength);

    private static TextDefault WordText(string id, string text) => new(id, "planning", text, PlanningOptions.WordLength, oneLine: true);
}
