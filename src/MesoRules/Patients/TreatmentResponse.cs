namespace MesoRules.Patients;

/// <summary>How the patient has responded to mesotherapy so far.</summary>
public enum TreatmentResponse
{
    /// <summary>No course given yet, so no response to judge.</summary>
    NotYetTreated = 0,

    /// <summary>A good response.</summary>
    Good = 1,

    /// <summary>A partial response.</summary>
    Partial = 2,

    /// <summary>No response.</summary>
    None = 3,
}
