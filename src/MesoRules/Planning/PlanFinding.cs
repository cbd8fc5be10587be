using MesoRules.Core;

namespace MesoRules.Planning;

/// <summary>What a plan finding says.</summary>
public enum PlanFindingKind
{
    /// <summary>Explains a choice: the count, the interval, the review, the maintenance.</summary>
    Information = 0,

    /// <summary>A session was moved off its due date, within bounds.</summary>
    Moved = 1,

    /// <summary>A constraint could not be met within bounds; the plan says so instead of breaking it silently.</summary>
    Conflict = 2,

    /// <summary>A real gap between sessions exceeded the maximum interval.</summary>
    GapExceeded = 3,

    /// <summary>The plan has no sessions: eligibility or consent stops it.</summary>
    Blocking = 4,
}

/// <summary>One finding of a plan: the rule that produced it, what it says, and on what authority.</summary>
/// <param name="RuleId">The id of the rule that produced the finding.</param>
/// <param name="Kind">What the finding says.</param>
/// <param name="Text">What happened, for the clinic and the patient.</param>
/// <param name="Rationale">Why the rule exists.</param>
/// <param name="Provenance">The authority the rule rests on.</param>
/// <param name="Citation">The source cited, if any.</param>
/// <param name="SessionNumber">The session the finding is about, if any.</param>
public sealed record PlanFinding(string RuleId, PlanFindingKind Kind, string Text, string Rationale, Provenance Provenance, string? Citation, int? SessionNumber);
