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

/// <content>The visits after the initial course: maintenance, the follow-up visit, and the consent gate before the first session.</content>
public sealed partial class SessionPlanner
{
    /// <summary>
    /// The follow-up visit for late complications, <see cref="PlanningOptions.FollowUpWeeks"/> after the last initial session, on an open day.
    /// The check belongs to the end of the initial course: once the course is past its review (<paramref name="pastReview"/>), a check
    /// already due is not planned as overdue, since the review or maintenance visits done since have seen the patient.
    /// </summary>
    private static FollowUpVisit? PlanFollowUp(CoursePlacement c, MesoRulesPolicy policy, List<PlannedSession> sessions, DateOnly first, bool pastReview = false)
    {
        int weeks = c.Rules.FollowUpWeeks;
        if (weeks == 0 || sessions.FindLast(s => s.Phase == SessionPhase.Initial) is not { } initial)
        {
            return null;
        }

        DateOnly lastInitial = initial.Date;
        DateOnly due = AddDaysChecked(lastInitial, weeks * 7);
        if (pastReview && due < first)
        {
            return null;
        }

        // Re-planning long after the course: a check already due is overdue, and is planned from the plan's first date.
        DateOnly date = c.NextOpenDay(due < first ? first : due);
        ImmutableArray<DisclosureStatement> signs = policy.DisclosureRules.In(c.Rules.Texts.Language).WarningSigns;
        string text = c.Rules.Say(
            date == due ? PlanningText.FollowUpVisit : due < first ? PlanningText.FollowUpOverdue : PlanningText.FollowUpMoved,
            ("date", date), ("due", due), ("weeks", weeks), ("last", lastInitial), ("signs", signs.Length));
        RuleDescriptor rule = c.Rules.Rules[PlanningRuleIds.FollowUp];
        c.Add(rule.Id, PlanFindingKind.Information, null, text);
        return new FollowUpVisit(date, due, rule.Id, text, signs, rule.Rationale, rule.Provenance, rule.Citation);
    }

    /// <summary>
    /// The consent gate: when the policy requires consent, a valid acknowledgment of the current disclosure must
    /// precede the first session still to come. For a new course that is the first session; when re-planning, the
    /// first planned one, so that a patient who acknowledged again (after a change of history or wording) can go on.
    /// </summary>
    private static void CheckConsent(CoursePlacement c, MesoRulesPolicy policy, DateTimeOffset now, RiskDisclosure? disclosure, List<PlannedSession> sessions)
    {
        PlannedSession? next = sessions.Find(static s => !s.Completed);
        if (next is null || !policy.DisclosureRules.RequireConsent || policy.ConsentRule is not { } rule)
        {
            return;
        }

        ConsentCheck consent = DisclosureEngine.CheckConsentUnder(policy, now, c.Request.Patient, c.Request.Acknowledgments, next.Start, c.Rules.Texts.Language, hashNeeded: false, built: disclosure);
        c.AddFinding(new PlanFinding(rule.Id, consent.Blocking ? PlanFindingKind.Blocking : PlanFindingKind.Information, consent.Message, rule.Rationale, rule.Provenance, rule.Citation, consent.Blocking ? next.Number : null));
    }

    /// <summary>The maintenance rule the patient's response decides, with its period in months (0: none planned).</summary>
    private static (string Id, int Months) MaintenanceRule(CoursePlacement c) => c.Request.Patient.Response switch
    {
        TreatmentResponse.Good => (PlanningRuleIds.MaintenanceGood, c.Rules.GoodMonths),
        TreatmentResponse.Partial => (PlanningRuleIds.MaintenancePartial, c.Rules.PartialMonths),
        TreatmentResponse.None => (PlanningRuleIds.MaintenanceNone, 0),
        _ => (PlanningRuleIds.MaintenanceAtReview, 0),
    };

    private static void PlanMaintenance(CoursePlacement c, List<PlannedSession> sessions, DateOnly review)
    {
        PlanningRuleSet rules = c.Rules;
        (string id, int months) = MaintenanceRule(c);

        if (months == 0)
        {
            c.Add(id, PlanFindingKind.Information, null, rules.Say($"{id}.text"));
            return;
        }

        int horizon = c.Request.MaintenanceHorizonMonths;
        c.Add(id, PlanFindingKind.Information, null, horizon == 0
            ? rules.Say(PlanningText.MaintenanceNoHorizon(id), ("months", months))
            : rules.Say(PlanningText.Maintenance(id), ("months", months), ("horizon", horizon)));
        PlaceMaintenance(c, sessions, review, 1, months, AddMonthsChecked(review, horizon), review.AddDays(1));
    }

    /// <summary>Places maintenance sessions due <paramref name="months"/> apart from <paramref name="anchor"/> (the k-th due at k periods), up to <paramref name="end"/>, none before <paramref name="notBefore"/>.</summary>
    private static void PlaceMaintenance(CoursePlacement c, List<PlannedSession> sessions, DateOnly anchor, int firstPeriod, int months, DateOnly end, DateOnly notBefore)
    {
        int tolerance = c.Rules.MaintenanceToleranceDays;
        DateOnly previous = notBefore.AddDays(-1);
        for (int k = firstPeriod; ; k++)
        {
            DateOnly due = AddMonthsChecked(anchor, k * months);
            if (due > end)
            {
                break;
            }

            DateOnly earliest = Max(due.AddDays(-tolerance), previous.AddDays(1));
            DateOnly placed = c.Place(sessions.Count + 1, due, earliest, AddDaysChecked(due, tolerance), out _);
            sessions.Add(c.Session(sessions.Count + 1, SessionPhase.Maintenance, placed, completed: false));
            previous = placed;
        }
    }
}
