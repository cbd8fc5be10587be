using System.Text.Json.Serialization;

namespace MesoRules.Disclosure;

/// <summary>Why a risk is raised for this patient: the patient fact and the patient-facing explanation.</summary>
/// <remarks>Read from JSON, both members must be present.</remarks>
public readonly struct RiskRaise
{
    /// <summary>Creates a raise.</summary>
    /// <param name="Fact">The name of the patient fact, for example <c>health.diabetes</c> or <c>patient.allergies</c>.</param>
    /// <param name="Explanation">Patient-facing text saying why the fact raises the risk. It never names an allergen or other free-text patient data.</param>
    [JsonConstructor]
    public RiskRaise(string Fact, string Explanation)
    {
        this.Fact = Fact;
        this.Explanation = Explanation;
    }

    /// <summary>The name of the patient fact, for example <c>health.diabetes</c> or <c>patient.allergies</c>.</summary>
    [JsonRequired]
    public string Fact { get; }

    /// <summary>Patient-facing text saying why the fact raises the risk. It never names an allergen or other free-text patient data.</summary>
    [JsonRequired]
    public string Explanation { get; }
}
