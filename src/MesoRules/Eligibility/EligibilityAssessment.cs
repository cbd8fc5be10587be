using System.Collections.Immutable;

namespace MesoRules.Eligibility;

/// <summary>The result of assessing one patient: the outcome, the notes that explain it, and the policy version in force. Compares by value, notes included.</summary>
/// <param name="Outcome">The most restrictive outcome among <paramref name="Notes"/>, or <see cref="EligibilityOutcome.Eligible"/> when none restricts.</param>
/// <param name="Notes">One note per rule that fired or asked for information, in the rule set's fixed order.</param>
/// <param name="PolicyVersion">The version id of the policy that produced the assessment.</param>
public sealed record EligibilityAssessment(EligibilityOutcome Outcome, ImmutableArray<EligibilityNote> Notes, string PolicyVersion)
{
    private readonly ImmutableArray<EligibilityNote> _notes = Notes.IsDefault ? [] : Notes;

    /// <summary>One note per rule that fired or asked for information, in rule order; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<EligibilityNote> Notes { get => _notes; init => _notes = value.IsDefault ? [] : value; }

    /// <summary>Whether the outcome allows treatment (<see cref="EligibilityOutcome.Eligible"/> or <see cref="EligibilityOutcome.EligibleWithCautions"/>).</summary>
    public bool AllowsTreatment => Outcome <= EligibilityOutcome.EligibleWithCautions;

    /// <inheritdoc/>
    public bool Equals(EligibilityAssessment? other) =>
        other is not null
        && Outcome == other.Outcome
        && PolicyVersion == other.PolicyVersion
        && Notes.AsSpan().SequenceEqual(other.Notes.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Outcome, PolicyVersion, Notes.Length);
}
