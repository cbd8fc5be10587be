namespace MesoRules.Disclosure;

/// <summary>The result of verifying one acknowledgment against the current disclosure.</summary>
public enum AcknowledgmentStatus
{
    /// <summary>The acknowledgment names the current disclosure's content hash and was given before the first session.</summary>
    Valid = 0,

    /// <summary>
    /// Stale: the policy version is the same but the content shown differs, typically because the patient's
    /// history changed the tailoring. The patient must acknowledge the current disclosure.
    /// </summary>
    StaleText = 1,

    /// <summary>Stale: the policy version differs (clinic wording or settings, or the library's defaults, changed).</summary>
    StalePolicy = 2,

    /// <summary>The acknowledgment names the current disclosure but was given at or after the first session's start.</summary>
    GivenAfterFirstSession = 3,

    /// <summary>
    /// Stale: the disclosure's text and policy are unchanged, but the patient's medical history differs from the
    /// one the acknowledgment recorded (<see cref="DisclosureAcknowledgment.HistoryHash"/>). The patient must
    /// acknowledge again with the current history.
    /// </summary>
    StaleHistory = 4,
}
