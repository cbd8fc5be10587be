using System.Collections.Immutable;
using MesoRules.Eligibility;

namespace MesoRules.Planning;

/// <summary>A proposed course: sessions with real dates, the findings that explain them, and the policy version.</summary>
/// <param name="Sessions">Completed and planned sessions in date order (empty when eligibility stops the plan or the severity is not graded).</param>
/// <param name="Findings">Why the plan looks as it does: count, interval, each move, each conflict, each flagged gap.</param>
/// <param name="Eligibility">The eligibility outcome that gated the plan.</param>
/// <param name="PolicyVersion">The version id of the policy that produced the plan.</param>
public sealed record SessionPlan(ImmutableArray<PlannedSession> Sessions, ImmutableArray<PlanFinding> Findings, EligibilityOutcome Eligibility, string PolicyVersion)
{
    private readonly ImmutableArray<PlannedSession> _sessions = Sessions.IsDefault ? [] : Sessions;

    /// <summary>Completed and planned sessions in date order (empty when eligibility stops the plan or the severity is not graded); a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<PlannedSession> Sessions { get => _sessions; init => _sessions = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<PlanFinding> _findings = Findings.IsDefault ? [] : Findings;

    /// <summary>Why the plan looks as it does; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<PlanFinding> Findings { get => _findings; init => _findings = value.IsDefault ? [] : value; }

    /// <summary>
    /// The follow-up check for late complications, after the last initial session, with the signs to contact the
    /// clinic for; <see langword="null"/> when the plan has no sessions or the policy sets no follow-up
    /// (rule <see cref="PlanningRuleIds.FollowUp"/> switched off in <see cref="PlanningOptions.Rules"/>).
    /// </summary>
    public FollowUpCheck? FollowUp { get; init; }

    /// <summary>
    /// Whether a blocking finding stops the plan: eligibility or an ungraded severity (then there are no sessions) or missing consent
    /// (then the sessions are a proposal that may not start until the patient acknowledges the disclosure).
    /// </summary>
    public bool IsBlocked => Findings.Any(f => f.Kind == PlanFindingKind.Blocking);

    /// <summary>Whether any finding reports a conflict or an exceeded gap.</summary>
    public bool HasConflicts => Findings.Any(f => f.Kind is PlanFindingKind.Conflict or PlanFindingKind.GapExceeded);

    /// <inheritdoc/>
    public bool Equals(SessionPlan? other) =>
        other is not null
        && Eligibility == other.Eligibility
        && PolicyVersion == other.PolicyVersion
        && Equals(FollowUp, other.FollowUp)
        && Sessions.AsSpan().SequenceEqual(other.Sessions.AsSpan())
        && Findings.AsSpan().SequenceEqual(other.Findings.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Eligibility, PolicyVersion, Sessions.Length, Findings.Length);
}
