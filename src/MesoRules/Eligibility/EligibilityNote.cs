using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Eligibility;

/// <summary>
/// One note of an eligibility assessment: the rule that produced it, what it means for the patient, why,
/// and on what authority. Notes compare by value, <see cref="Facts"/> included.
/// </summary>
public sealed class EligibilityNote
{
    [JsonConstructor]
    internal EligibilityNote(string RuleId, EligibilityOutcome Outcome, RuleState Reason, string Text, string Rationale, Provenance Provenance, string? Citation, ContraindicationKind Contraindication, ImmutableArray<string> Facts, string? Detail, string? ClinicReason)
    {
        this.RuleId = RuleId;
        this.Outcome = Outcome;
        this.Reason = Reason;
        this.Text = Text;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
        this.Contraindication = Contraindication;
        this.Facts = Facts;
        this.Detail = Detail;
        this.ClinicReason = ClinicReason;
    }

    /// <summary>The id of the rule that produced the note.</summary>
    public string RuleId { get; }

    /// <summary>The outcome this note contributes; the assessment's outcome is the most restrictive of its notes.</summary>
    public EligibilityOutcome Outcome { get; }

    /// <summary>Whether the rule fired or asks for missing information.</summary>
    public RuleState Reason { get; }

    /// <summary>Patient-facing text.</summary>
    public string Text { get; }

    /// <summary>Why the rule exists.</summary>
    public string Rationale { get; }

    /// <summary>The authority the rule rests on.</summary>
    public Provenance Provenance { get; }

    /// <summary>The source cited, if any.</summary>
    public string? Citation { get; }

    /// <summary>Whether the rule is a contraindication, and of which kind.</summary>
    public ContraindicationKind Contraindication { get; }

    /// <summary>The names of the patient facts that triggered the note (or that are missing).</summary>
    public ImmutableArray<string> Facts { get; }

    /// <summary>
    /// What in the inputs made the rule fire, when the rule says: the medicine classes found on the list (never the
    /// medicine as written), or the component an allergy matched and the ingredient names it matched under. Otherwise
    /// <see langword="null"/>.
    /// </summary>
    public string? Detail { get; }

    /// <summary>The clinic's recorded reason for relaxing this rule below the safety floor (switching it off, a milder outcome, a lower minimum age), or <see langword="null"/>.</summary>
    public string? ClinicReason { get; }

    /// <summary>This note worded in another language: <paramref name="text"/>, with <see cref="Provenance.Clinic"/> when the clinic worded it there.</summary>
    internal EligibilityNote Worded(string text, bool clinicWording) =>
        new(RuleId, Outcome, Reason, text, Rationale, clinicWording ? Provenance.Clinic : Provenance, Citation, Contraindication, Facts, Detail, ClinicReason);

    /// <summary>This note with <paramref name="detail"/>.</summary>
    internal EligibilityNote WithDetail(string? detail) =>
        detail is null ? this : new(RuleId, Outcome, Reason, Text, Rationale, Provenance, Citation, Contraindication, Facts, detail, ClinicReason);
}
