namespace MesoRules.Patients;

/// <summary>How severe the patient's hair loss is; drives the default course length and interval.</summary>
public enum Severity
{
    /// <summary>Mild hair loss.</summary>
    Mild = 0,

    /// <summary>Moderate hair loss.</summary>
    Moderate = 1,

    /// <summary>Severe hair loss.</summary>
    Severe = 2,
}
