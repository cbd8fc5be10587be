namespace MesoRules.Disclosure;

/// <summary>Who acknowledged a risk disclosure.</summary>
public enum AcknowledgingParty
{
    /// <summary>The patient.</summary>
    Patient = 0,

    /// <summary>The patient's parent or legal guardian.</summary>
    Guardian = 1,
}
