using MesoRules.Patients;

namespace MesoRules.Tests.Patients;

/// <summary>Reference patients for example tests.</summary>
internal static class SamplePatients
{
    /// <summary>An adult with pattern hair loss, everything asked and answered "no", no allergies, a biotin mix.</summary>
    public static PatientProfile Clear { get; } = new()
    {
        Cause = HairLossCause.AndrogeneticAlopecia,
        Severity = Severity.Moderate,
        AgeYears = 35,
        Health = HealthHistory.AllNo,
        AllergiesDisclosed = true,
        MedicinesDisclosed = true,
        Response = TreatmentResponse.NotYetTreated,
        Formulation = new Formulation("vitamin mix", ["biotin", "hyaluronic acid"]),
    };
}
