using MesoRules.Patients;

namespace MesoRules.Benchmarks;

/// <summary>
/// Patients for the benchmarks: the typical patient of the engine targets, and seeded sets of generated
/// profiles with a clinic-like mix (mostly pattern hair loss, most questions answered, some unknowns,
/// some contraindications, a few allergies matching the mix), so that every rule path is exercised.
/// The same seed always gives the same patients, so two runs compare the same work.
/// </summary>
public static class BenchmarkPatients
{
    /// <summary>The seed of every generated set.</summary>
    public const int Seed = 20_261_124;

    /// <summary>The size of the varied set iterated by the per-patient benchmarks (a power of two).</summary>
    public const int VariedCount = 64;

    /// <summary>Substances that appear in allergies and mixes.</summary>
    public static readonly string[] Substances = ["biotin", "dutasteride", "hyaluronic acid", "lidocaine", "penicillin", "latex", "zinc", "d-panthenol"];

    private static readonly Formulation[] Mixes =
    [
        new("Hair vitamin complex", ["biotin", "hyaluronic acid", "zinc", "d-panthenol"]),
        new("Dutasteride mix", ["dutasteride", "biotin", "lidocaine"]),
        new("Growth-factor mix", ["growth factors", "hyaluronic acid", "copper peptide"]),
        new("Minoxidil mix", ["minoxidil", "d-panthenol", "lidocaine"]),
    ];

    private static readonly string[] Medicines =
    [
        "minoxidil 5% topical", "finasteride 1 mg", "warfarin", "isotretinoin", "levothyroxine", "metformin",
        "spironolactone", "apixaban", "prednisolone", "sertraline", "aspirin 75 mg", "methotrexate",
    ];

    /// <summary>An adult with pattern hair loss, fully answered, one allergy not in the mix, a keloid tendency.</summary>
    public static PatientProfile Typical { get; } = new()
    {
        Cause = HairLossCause.AndrogeneticAlopecia,
        Severity = Severity.Moderate,
        AgeYears = 34,
        Health = HealthHistory.AllNo.With(h => h.KeloidTendency = Answer.Yes),
        AllergiesDisclosed = true,
        Allergies = [new KnownAllergy("penicillin")],
        MedicinesDisclosed = true,
        CurrentMedicines = ["minoxidil 5% topical"],
        Formulation = new Formulation("Hair vitamin complex", ["biotin", "hyaluronic acid", "zinc", "d-panthenol"]),
    };

    /// <summary>
    /// The typical patient with twenty medicines written as a medicine list is (name, dose, schedule): eighteen of no
    /// screened class and two of screened classes (an antiplatelet and a systemic corticosteroid), whose questions the
    /// patient answered Yes, so no answer contradicts the list.
    /// </summary>
    public static PatientProfile TwentyMedicines { get; } = new()
    {
        Cause = HairLossCause.AndrogeneticAlopecia,
        Severity = Severity.Moderate,
        AgeYears = 58,
        Health = HealthHistory.AllNo.With(h => { h.KeloidTendency = Answer.Yes; h.Anticoagulants = Answer.Yes; h.Immunosuppression = Answer.Yes; }),
        AllergiesDisclosed = true,
        Allergies = [new KnownAllergy("penicillin")],
        MedicinesDisclosed = true,
        CurrentMedicines =
        [
            "minoxidil 5% topical", "levothyroxine 75 mcg once daily", "metformin 1000 mg twice daily", "atorvastatin 20 mg at night",
            "ramipril 5 mg", "amlodipine 5 mg", "omeprazole 20 mg", "sertraline 50 mg", "vitamin D3 1000 IU", "cetirizine 10 mg as needed",
            "salbutamol inhaler", "bisoprolol 2.5 mg", "tamsulosin 0.4 mg", "allopurinol 100 mg", "gabapentin 300 mg three times daily",
            "paracetamol 1 g as needed", "magnesium citrate", "finasteride 1 mg", "aspirin 75 mg once daily", "prednisolone 5 mg",
        ],
        Formulation = new Formulation("Hair vitamin complex", ["biotin", "hyaluronic acid", "zinc", "d-panthenol"]),
    };

    /// <summary>The varied set: <see cref="VariedCount"/> generated patients.</summary>
    public static PatientProfile[] Varied { get; } = Generate(VariedCount);

    /// <summary>Generates <paramref name="count"/> patients from <paramref name="seed"/>.</summary>
    public static PatientProfile[] Generate(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var patients = new PatientProfile[count];
        for (int i = 0; i < count; i++)
        {
            patients[i] = Next(random);
        }

        return patients;
    }

    private static PatientProfile Next(Random r)
    {
        HairLossCause cause = Pick(r, 60, 10, 10, 10, 10) switch
        {
            0 => HairLossCause.AndrogeneticAlopecia,
            1 => HairLossCause.AlopeciaAreata,
            2 => HairLossCause.TelogenEffluvium,
            3 => HairLossCause.Other,
            _ => HairLossCause.Undiagnosed,
        };

        HealthHistory health = HealthHistory.AllUnknown;
        foreach (HealthFactor factor in HealthHistory.Factors)
        {
            // Most questions answered "no", a few "yes", a few left unanswered.
            health = health.With(factor, Pick(r, 90, 5, 5) switch { 0 => Answer.No, 1 => Answer.Yes, _ => Answer.Unknown });
        }

        bool allergiesDisclosed = r.Next(100) < 92;
        KnownAllergy[] allergies = allergiesDisclosed
            ? [.. Enumerable.Range(0, Pick(r, 70, 20, 10)).Select(_ => new KnownAllergy(Substances[r.Next(Substances.Length)], r.Next(100) < 10))]
            : [];
        bool medicinesDisclosed = r.Next(100) < 92;
        string[] medicines = medicinesDisclosed ? [.. Enumerable.Range(0, Pick(r, 40, 35, 25)).Select(_ => Medicines[r.Next(Medicines.Length)])] : [];

        return new PatientProfile
        {
            Cause = cause,
            Severity = (Severity)(r.Next(3) + 1),
            AgeYears = r.Next(100) < 5 ? null : r.Next(15, 80),
            Health = health,
            AllergiesDisclosed = allergiesDisclosed,
            Allergies = allergies,
            MedicinesDisclosed = medicinesDisclosed,
            CurrentMedicines = medicines,
            Response = Pick(r, 50, 20, 20, 10) switch { 0 => TreatmentResponse.NotYetTreated, 1 => TreatmentResponse.Good, 2 => TreatmentResponse.Partial, _ => TreatmentResponse.None },
            Formulation = r.Next(100) < 90 ? Mixes[r.Next(Mixes.Length)] : null,
        };
    }

    // Picks an index with the given weights (percent).
    private static int Pick(Random r, params ReadOnlySpan<int> weights)
    {
        int roll = r.Next(100);
        for (int i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
