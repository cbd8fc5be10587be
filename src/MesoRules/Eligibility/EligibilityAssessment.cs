using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Localization;

namespace MesoRules.Eligibility;

/// <summary>The result of assessing one patient: the outcome, the notes that explain it, and the policy version in force. </summary>
public sealed class EligibilityAssessment
{
    [JsonConstructor]
    internal EligibilityAssessment(EligibilityOutcome Outcome, ImmutableArray<EligibilityNote> Notes, string PolicyVersion, PatientLanguage Language)
    {
        this.Language = Language ?? throw new ArgumentNullException(nameof(Language));
        this.Outcome = Outcome;
        this.Notes = Notes.IsDefault ? [] : Notes;
        this.PolicyVersion = PolicyVersion;
    }

    /// <summary>The most restrictive outcome among <see cref="Notes"/>, or <see cref="EligibilityOutcome.Eligible"/> when none restricts.</summary>
    public EligibilityOutcome Outcome { get; }

    /// <summary>The version id of the policy that produced the assessment.</summary>
    public string PolicyVersion { get; }

    /// <summary>One note per rule that fired or asked for information, in rule order; a default array given to the constructor reads as empty.</summary>
    public ImmutableArray<EligibilityNote> Notes { get; }

    /// <summary>The language the notes' texts are written in: the one asked for, or <see cref="PatientLanguage.English"/> when it is not shipped.</summary>
    [JsonConverter(typeof(Core.ShippedLanguageJsonConverter))]
    public PatientLanguage Language { get; }

    /// <summary>Whether the outcome allows treatment (<see cref="EligibilityOutcome.Eligible"/> or <see cref="EligibilityOutcome.EligibleWithCautions"/>).</summary>
    public bool AllowsTreatment => Outcome <= EligibilityOutcome.EligibleWithCautions;
}
