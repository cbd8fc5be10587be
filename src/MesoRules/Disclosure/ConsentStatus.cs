namespace MesoRules.Disclosure;

/// <summary>
/// The state of consent: of one stored acknowledgment (<see cref="AcknowledgmentVerification.Status"/>) and of a
/// patient's first session (<see cref="ConsentCheck.Status"/>). The default value, <see cref="Missing"/>, never reads as consent given.
/// </summary>
public enum ConsentStatus
{
    /// <summary>No acknowledgment was supplied (only a <see cref="ConsentCheck"/> reports it).</summary>
    Missing = 0,

    /// <summary>
    /// The acknowledgment names the disclosure the patient would be shown now (whatever policy version produced either: a
    /// policy change that shows nothing new keeps it valid), and precedes the first session's start.
    /// </summary>
    Valid = 1,

    /// <summary>The acknowledgment is for other content: a word, risk level or label the patient would be shown now differs (or it was given for an earlier disclosure format).</summary>
    StaleText = 2,

    /// <summary>The acknowledgment of the current disclosure was given at or after the first session's start.</summary>
    GivenAfterFirstSession = 4,

    /// <summary>The acknowledgment names the current disclosure, but the patient's medical history (or the mix) changed since.</summary>
    StaleHistory = 5,
}
