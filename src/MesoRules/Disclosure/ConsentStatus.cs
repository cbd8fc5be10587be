namespace MesoRules.Disclosure;

/// <summary>The state of consent for a patient's first session.</summary>
public enum ConsentStatus
{
    /// <summary>A valid acknowledgment of the current disclosure precedes the first session.</summary>
    Acknowledged = 0,

    /// <summary>No acknowledgment was supplied.</summary>
    Missing = 1,

    /// <summary>The latest acknowledgment is for other content under the same policy (see <see cref="AcknowledgmentStatus.StaleText"/>).</summary>
    StaleText = 2,

    /// <summary>The latest acknowledgment is for an earlier policy (see <see cref="AcknowledgmentStatus.StalePolicy"/>).</summary>
    StalePolicy = 3,

    /// <summary>The latest acknowledgment of the current disclosure was given at or after the first session's start.</summary>
    GivenAfterFirstSession = 4,

    /// <summary>The latest acknowledgment names the current disclosure, but the patient's medical history changed since (see <see cref="AcknowledgmentStatus.StaleHistory"/>).</summary>
    StaleHistory = 5,
}
