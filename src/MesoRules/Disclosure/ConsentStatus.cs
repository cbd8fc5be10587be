namespace MesoRules.Disclosure;

/// <summary>
/// The state of consent: of one stored acknowledgment (<see cref="AcknowledgmentVerification.Status"/>) and of a
/// patient's first session (<see cref="ConsentCheck.Status"/>). The default value, <see cref="Missing"/>, never reads as consent given.
/// </summary>
public enum ConsentStatus
{
    /// <summary>No acknowledgment was supplied (only a <see cref="ConsentCheck"/> reports it).</summary>
    Missing = 0,

    /// <summary>The acknowledgment names the disclosure the patient would be shown now, under the policy in force, and precedes the first session's start.</summary>
    Valid = 1,

    /// <summary>The acknowledgment is for other content under the same policy: the disclosure shown now differs.</summary>
    StaleText = 2,

    /// <summary>The acknowledgment is for a disclosure under an earlier policy.</summary>
    StalePolicy = 3,

    /// <summary>The acknowledgment of the current disclosure was given at or after the first session's start.</summary>
    GivenAfterFirstSession = 4,

    /// <summary>The acknowledgment names the current disclosure, but the patient's medical history (or the mix) changed since.</summary>
    StaleHistory = 5,
}
