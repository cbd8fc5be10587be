using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Eligibility;

namespace MesoRules.Planning;

/// <summary>A proposed course: sessions with real dates, the findings that explain them, and the policy version.</summary>
public sealed class SessionPlan
{
    [JsonConstructor]
    internal SessionPlan(ImmutableArray<PlannedSession> Sessions, ImmutableArray<PlanFinding> Findings, EligibilityOutcome Eligibility, string PolicyVersion, FollowUpVisit? FollowUp = null)
    {
        this.FollowUp = FollowUp;
        this.Sessions = Sessions.IsDefault ? [] : Sessions;
        this.Findings = Findings.IsDefault ? [] : Findings;
        this.Eligibility = Eligibility;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The eligibility outcome that gated the plan.</summary>
    public EligibilityOutcome Eligibility { get; }

    /// <summary>The version id of the policy that produced the plan.</summary>
    public string PolicyVersion { get; }

    /// <summary>Completed and planned sessions in date order (empty when eligibility stops the plan or the severity is not graded); a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<PlannedSession> Sessions { get; }

    /// <summary>Why the plan looks as it does; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<PlanFinding> Findings { get; }

    /// <summary>
    /// The follow-up visit for late complications, after the last initial session, with the signs to contact the
    /// clinic for; <see langword="null"/> when the plan has no sessions or the policy sets no follow-up
    /// (rule <see cref="PlanningRuleIds.FollowUp"/> switched off in <see cref="PlanningOptions.Rules"/>).
    /// </summary>
    public FollowUpVisit? FollowUp { get; }

    /// <summary>
    /// Whether a blocking finding stops the plan: eligibility or an ungraded severity (then there are no sessions) or missing consent
    /// (then the sessions are a proposal that may not start until the patient acknowledges the disclosure).
    /// </summary>
    public bool IsBlocked => Findings.Any(f => f.Kind == PlanFindingKind.Blocking);

    /// <summary>Whether any finding reports a conflict or an exceeded gap.</summary>
    public bool HasConflicts => Findings.Any(f => f.Kind is PlanFindingKind.Conflict or PlanFindingKind.GapExceeded);
}
