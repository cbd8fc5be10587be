namespace MesoRules.Eligibility;

/// <summary>
/// The outcome of an eligibility assessment, ordered from least to most restrictive. An assessment's
/// outcome is the most restrictive outcome of the rules that fired.
/// </summary>
public enum EligibilityOutcome
{
    /// <summary>The patient may be treated; notes at this level are information only.</summary>
    Eligible = 0,

    /// <summary>The patient may be treated, with the cautions the notes name.</summary>
    EligibleWithCautions = 1,

    /// <summary>A fact a rule needs is unknown; ask for it and assess again.</summary>
    NeedsInformation = 2,

    /// <summary>Treatment waits until a temporary condition has passed.</summary>
    Deferred = 3,

    /// <summary>A specialist or the treating practitioner must review before any treatment.</summary>
    ReferToSpecialist = 4,

    /// <summary>The patient must not be treated.</summary>
    NotEligible = 5,
}
