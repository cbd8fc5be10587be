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
}
