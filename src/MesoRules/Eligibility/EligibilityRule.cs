using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>
/// A typed eligibility rule: a stable id, the outcome it gives when it fires, patient-facing text, its
/// rationale and provenance, and a C# condition over the patient profile. Clinics add their own rules
/// through <see cref="EligibilityOptions.CustomRules"/>.
/// </summary>
/// <remarks>
/// The condition must be a pure function of the profile: deterministic, free of side effects and safe
/// to call from many threads. It returns <see cref="RuleState.MissingInformation"/> when a fact it needs
/// is unknown, which always yields <see cref="EligibilityOutcome.NeedsInformation"/>.
/// </remarks>
public sealed class EligibilityRule
{
    /// <summary>The stable rule id (see <see cref="RuleIdSyntax"/>), for example <c>clinic.scalp-tattoo</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The outcome the rule gives when it fires.</summary>
    public required EligibilityOutcome Outcome { get; init; }

    /// <summary>The patient-facing text shown when the rule fires.</summary>
    public required string Text { get; init; }

    /// <summary>Why the rule exists, for the practitioner.</summary>
    public required string Rationale { get; init; }

    /// <summary>The authority the rule rests on. <value>The default value is <see cref="Provenance.Clinic"/>.</value></summary>
    public Provenance Provenance { get; init; } = Provenance.Clinic;

    /// <summary>The source cited, where the provenance calls for one (literature, the FAQ's question).</summary>
    public string? Citation { get; init; }

    /// <summary>Whether the rule is a contraindication, and of which kind. <value>The default value is <see cref="ContraindicationKind.None"/>.</value></summary>
    public ContraindicationKind Contraindication { get; init; }

    /// <summary>The names of the patient facts the rule reads, for example <c>health.pregnancy</c>; shown on its notes.</summary>
    public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>
    /// The text shown when a fact the rule needs is unknown.
    /// <value>The default value is <see langword="null"/>: a text naming <see cref="Facts"/> is used.</value>
    /// </summary>
    public string? MissingInformationText { get; init; }

    /// <summary>The condition, a pure function of the patient profile.</summary>
    public required Func<PatientProfile, RuleState> Condition { get; init; }

    /// <summary>A built-in rule's condition over the profile and the medicine classes of its list, read once per assessment; used instead of <see cref="Condition"/> when set.</summary>
    internal Func<PatientProfile, PatientScreen, RuleState>? Screened { get; init; }

    /// <summary>A built-in rule's condition as data, which the engine decides without a call; <see cref="ShortcutKind.None"/> (the default) for every other rule.</summary>
    internal RuleShortcut Shortcut { get; init; }

    /// <summary>A built-in rule's account of what made it fire (the classes on the medicine list, the component an allergy matched), for its note.</summary>
    internal Func<PatientProfile, PatientScreen, string?>? Detail { get; init; }
}
