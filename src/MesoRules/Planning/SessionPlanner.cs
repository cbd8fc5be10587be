using System.Collections.Immutable;
using System.Globalization;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Planning.PlanDates;

namespace MesoRules.Planning;

/// <summary>
/// Proposes a course on a real clinic calendar: the initial sessions, a review and maintenance, each on an
/// open day, within the interval bounds, clear of the patient's planned activities, and re-planned from
/// what really happened. What cannot be resolved within bounds is reported as a finding, never broken
/// silently. Immutable and thread-safe; each call reads one policy snapshot.
/// </summary>
public sealed partial class SessionPlanner
{
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
    /// <exception cref="ArgumentException">
    /// Visits are out of order, before the course start or after the planning day, visits done contradict each other's phases,
    /// a new course starts before <see cref="PlanRequest.Today"/>, an activity ends before it starts, or an aftercare
    /// instruction repeats an activity or shortens a window below the policy minimum without a reason.
    /// </exception>
    /// <exception cref="RuleEvaluationException">An eligibility rule's condition (usually a clinic's custom rule) threw; the exception names the rule.</exception>
    public SessionPlan Plan(PlanRequest request)
    {
        PlanRequestValidation.Validate(request);
        MesoRulesPolicy policy = _policies.Current;
        return Plan(policy, InstantRange.Now(_time), request, EligibilityEngine.Evaluate(policy, request.Patient, request.Language ?? PatientLanguage.English), disclosure: null);
    }

    /// <summary>
    /// Plans a validated request under one snapshot, gated by <paramref name="eligibility"/> (assessed under the same
    /// snapshot); the consent gate uses <paramref name="disclosure"/> when the caller already built it. <see cref="Plan(PlanRequest)"/>
    /// and the assessment facade both plan with it, so each part is computed once per call.
    /// </summary>
    internal static SessionPlan Plan(MesoRulesPolicy policy, DateTimeOffset now, PlanRequest request, EligibilityAssessment eligibility, RiskDisclosure? disclosure)
    {
        // Input that only the policy or the clock can check is refused before any gate, so bad input never passes as a plan.
        IReadOnlyList<AftercareInstruction> instructions = request.AftercareInstructions;
        if (instructions.Count > 0)
        {
            InstructionChecks.ValidateAll(policy.AftercareRules.ByActivity, instructions as AftercareInstruction[] ?? [.. instructions], null, "request.AftercareInstructions");
        }

        PlanningRuleSet rules = policy.PlanningRules.In(request.Language);
        CourseHistory history = CourseHistory.Read(request, rules, now);
        var findings = new List<PlanFinding>(16);
        if (!eligibility.AllowsTreatment)
        {
            return Blocked(policy, rules, eligibility, findings);
        }

        if (request.Patient.Severity == Severity.Unknown)
        {
            return SeverityNeeded(policy, rules, eligibility, findings);
        }

        var c = new CoursePlacement(policy, rules, request, findings);
        var sessions = new List<PlannedSession>(16);
        Severity severity = request.Patient.Severity;
        int interval = rules.IntervalFor(severity);
        int total = rules.InitialSessionsFor(severity);
        AddVisits(c, sessions, history);
        if (history.InMaintenance)
        {
            PlanMaintenanceFrom(c, sessions, history);
            FollowUpVisit? continued = PlanFollowUp(c, policy, sessions, history.From, pastReview: true);
            CheckConsent(c, policy, now, disclosure, sessions);
            return Result(policy, rules, eligibility, sessions, findings, continued);
        }

        // The current course's initial sessions done, with every gap beyond the bounds flagged; they are the last visits done.
        List<DateOnly> done = history.Initial;
        int offset = sessions.Count - done.Count;
        bool longGap = false;
        for (int i = 1; i < done.Count; i++)
        {
            int gap = done[i].DayNumber - done[i - 1].DayNumber;
            if (gap > rules.MaximumIntervalDays)
            {
                longGap = true;
                c.Add(PlanningRuleIds.GapExceeded, PlanFindingKind.GapExceeded, offset + i + 1, rules.Say(PlanningText.GapExceededSession, ("session", offset + i + 1), ("date", done[i]), ("days", gap), ("maximum", rules.MaximumIntervalDays)));
            }
            else if (gap < rules.MinimumIntervalDays)
            {
                c.Add(PlanningRuleIds.IntervalBounds, PlanFindingKind.Conflict, offset + i + 1, rules.Say(PlanningText.IntervalBoundsCompleted, ("session", offset + i + 1), ("date", done[i]), ("days", gap), ("minimum", rules.MinimumIntervalDays)));
            }
        }

        DateOnly first = history.From;
        if (done.Count > 0 && first.DayNumber - done[^1].DayNumber > rules.MaximumIntervalDays)
        {
            longGap = true;
            c.Add(PlanningRuleIds.GapExceeded, PlanFindingKind.GapExceeded, sessions.Count + 1, rules.Say(PlanningText.GapExceededRestart, ("date", first), ("days", first.DayNumber - done[^1].DayNumber), ("last", done[^1]), ("maximum", rules.MaximumIntervalDays)));
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
            DateOnly placed = c.PlaceInCourse(sessions.Count + 1, previous, interval, first, following: remaining - k - 1);
            sessions.Add(c.Session(sessions.Count + 1, SessionPhase.Initial, placed, completed: false));
            previous = placed;
        }

        if (previous is null)
        {
            CheckConsent(c, policy, now, disclosure, sessions);
            return Result(policy, rules, eligibility, sessions, findings);
        }

        // The review evaluates results and injects nothing (unless the clinic sets otherwise): the patient's activities do not move it.
        DateOnly review = c.PlaceInCourse(sessions.Count + 1, previous, interval, first, rules.ReviewIncludesTreatment);
        sessions.Add(c.Session(sessions.Count + 1, SessionPhase.Review, review, completed: false));
        DateOnly lastInitialDate = previous.Value;
        c.Add(PlanningRuleIds.Review, PlanFindingKind.Information, sessions.Count, review.DayNumber - lastInitialDate.DayNumber <= rules.MaximumIntervalDays
            ? rules.Say(PlanningText.Review, ("date", review))
            : rules.Say(PlanningText.ReviewLate, ("date", review), ("last", lastInitialDate), ("days", review.DayNumber - lastInitialDate.DayNumber)));

        PlanMaintenance(c, sessions, review);
        FollowUpVisit? followUp = PlanFollowUp(c, policy, sessions, first);
        CheckConsent(c, policy, now, disclosure, sessions);
        return Result(policy, rules, eligibility, sessions, findings, followUp);
    }

    private static SessionPlan Blocked(MesoRulesPolicy policy, PlanningRuleSet rules, EligibilityAssessment eligibility, List<PlanFinding> findings)
    {
        findings.Add(GateFinding(policy, PlanningRuleIds.EligibilityGate, rules.Say(PlanningText.Blocked, ("outcome", rules.Word(eligibility.Outcome)))));
        foreach (EligibilityNote note in eligibility.Notes)
        {
            if (note.Outcome > EligibilityOutcome.EligibleWithCautions)
            {
                findings.Add(new PlanFinding(note.RuleId, PlanFindingKind.Blocking, note.Text, note.Rationale, note.Provenance, note.Citation, null));
            }
        }

        return Result(policy, rules, eligibility, [], findings);
    }

    /// <summary>An ungraded patient gets no course: the count and interval depend on the grade, so the plan asks for it.</summary>
    private static SessionPlan SeverityNeeded(MesoRulesPolicy policy, PlanningRuleSet rules, EligibilityAssessment eligibility, List<PlanFinding> findings)
    {
        findings.Add(GateFinding(policy, PlanningRuleIds.SeverityUnknown, rules.Say(PlanningText.SeverityNeeded)));
        return Result(policy, rules, eligibility, [], findings);
    }

    /// <summary>A blocking finding of a planning gate, with the gate rule's rationale and provenance.</summary>
    private static PlanFinding GateFinding(MesoRulesPolicy policy, string ruleId, string text)
    {
        RuleDescriptor rule = policy.PlanningRules.Rules[ruleId];
        return new PlanFinding(rule.Id, PlanFindingKind.Blocking, text, rule.Rationale, rule.Provenance, rule.Citation, null);
    }

    /// <summary>The plan, in the language of <paramref name="rules"/>, with the policy's texts for its document.</summary>
    private static SessionPlan Result(MesoRulesPolicy policy, PlanningRuleSet rules, EligibilityAssessment eligibility, List<PlannedSession> sessions, List<PlanFinding> findings, FollowUpVisit? followUp = null) =>
        new([.. sessions], [.. findings], eligibility.Outcome, policy.Version, followUp, rules.Texts.Language) { DocumentTexts = rules.Texts };
}
