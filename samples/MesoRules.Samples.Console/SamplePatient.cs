using MesoRules.Aftercare;
using MesoRules.Patients;
using MesoRules.Planning;

namespace MesoRules.Samples.Console;

/// <summary>The built-in sample patient the console assesses when given no file; the ASP.NET sample's document pages and front desk start from it too (the file is linked there).</summary>
internal static class SamplePatient
{
    public static PatientProfile Create()
    {
        // Every question answered No, except a tendency to keloid scars.
        HealthHistory health = HealthHistory.AllNo;
        health.KeloidTendency = Answer.Yes;
        return Patient(health);
    }

    private static PatientProfile Patient(HealthHistory health) => new()
    {
        Cause = HairLossCause.AndrogeneticAlopecia,
        Severity = Severity.Moderate,
        AgeYears = 34,
        Health = health,
        AllergiesDisclosed = true,
        Allergies = [new KnownAllergy("penicillin")],
        MedicinesDisclosed = true,
        CurrentMedicines = ["minoxidil 5% topical"],
        Response = TreatmentResponse.NotYetTreated,
        Formulation = new Formulation("Hair vitamin complex", ["biotin", "hyaluronic acid", "zinc", "d-panthenol"]),
    };

    /// <summary>The sample patient's plans: a beach holiday ten days after the first session.</summary>
    public static PatientActivity[] Activities(DateOnly first) =>
        [new PatientActivity(AftercareActivity.Sun, first.AddDays(10), first.AddDays(17), "beach holiday")];
}
