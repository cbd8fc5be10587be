using System.Collections.Immutable;
using MesoRules.Core;

namespace MesoRules.Eligibility;

/// <summary>Why a note was produced.</summary>
public enum NoteReason
{
    /// <summary>The rule's condition held.</summary>
    Fired = 0,

    /// <summary>A fact the rule needs is unknown; the note asks for it.</summary>
    MissingInformation = 1,
}

/// <summary>
/// One note of an eligibility assessment: the rule that produced it, what it means for the patient, why,
/// and on what authority. Notes compare by value, <see cref="Facts"/> included.
/// </summary>
/// <param name="RuleId">The id of the rule that produced the note.</param>
/// <param name="Outcome">The outcome this note contributes; the assessment's outcome is the most restrictive of its notes.</param>
/// <param name="Reason">Whether the rule fired or asks for missing information.</param>
/// <param name="Text">Patient-facing text.</param>
/// <param name="Rationale">Why the rule exists.</param>
/// <param name="Provenance">The authority the rule rests on.</param>
/// <param name="Citation">The source cited, if any.</param>
/// <param name="Contraindication">Whether the rule is a contraindication, and of which kind.</param>
/// <param name="Facts">The names of the patient facts that triggered the note (or that are missing).</param>
public sealed record EligibilityNote(
    string RuleId,
    EligibilityOutcome Outcome,
    NoteReason Reason,
    string Text,
    string Rationale,
    Provenance Provenance,
    string? Citation,
    ContraindicationKind Contraindication,
    ImmutableArray<string> Facts)
{
    /// <inheritdoc/>
    public bool Equals(EligibilityNote? other) =>
        other is not null
        && RuleId == other.RuleId
        && Outcome == other.Outcome
        && Reason == other.Reason
        && Text == other.Text
        && Rationale == other.Rationale
        && Provenance == other.Provenance
        && Citation == other.Citation
        && Contraindication == other.Contraindication
        && Facts.AsSpan().SequenceEqual(other.Facts.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RuleId, Outcome, Reason, Text);
}
