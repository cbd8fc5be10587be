using FsCheck;
using FsCheck.Fluent;
using MesoRules.Patients;

namespace MesoRules.Tests.Properties;

/// <summary>
/// Bounded generators for patient profiles over every value the default rules read: each cause, ages from
/// unknown through 0 to 130 (with extra weight around the minimum age), every health answer, undisclosed
/// lists, up to three allergies (some with anaphylaxis) drawn from substances that are and are not in the
/// mixes, no mix or any subset of the substances, and every response. Shared with the benchmark tests.
/// </summary>
internal static class Generators
{
    public static readonly string[] Substances = ["biotin", "dutasteride", "finasteride", "hyaluronic acid", "lidocaine", "penicillin", "latex", " Biotin ", "Dutasteride 0.01%"];

    public static Gen<Answer> Answer => Gen.Elements(MesoRules.Patients.Answer.Unknown, MesoRules.Patients.Answer.No, MesoRules.Patients.Answer.Yes);

    public static Gen<HealthHistory> Health =>
        Gen.ArrayOf(Answer, 12).Select(a => new HealthHistory
        {
            Pregnancy = a[0], Breastfeeding = a[1], ActiveScalpInfection = a[2], ActiveSkinDisease = a[3],
            BleedingDisorder = a[4], Anticoagulants = a[5], Immunosuppression = a[6], Diabetes = a[7],
            AutoimmuneDisease = a[8], CancerTreatment = a[9], KeloidTendency = a[10], InfectionPredisposition = a[11],
        });

    public static Gen<KnownAllergy> Allergy =>
        from s in Gen.Elements(Substances)
        from a in Gen.Elements(false, true)
        select new KnownAllergy(s, a);

    public static Gen<Formulation?> Formulation =>
        Gen.OneOf(
            Gen.Constant<Formulation?>(null),
            Gen.SubListOf(Substances).Select(c => (Formulation?)new Formulation("mix", [.. c])));

    public static Gen<PatientProfile> Patient =>
        from cause in Gen.Elements(Enum.GetValues<HairLossCause>())
        from severity in Gen.Elements(Enum.GetValues<Severity>())
        from age in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 130) /* the accepted ages: 0 to 130 years */.Select(a => (int?)a), Gen.Choose(16, 19).Select(a => (int?)a))
        from health in Health
        from allergiesDisclosed in Gen.Elements(false, true)
        from allergies in Gen.ListOf(Allergy).Select(l => l.Take(3).ToArray())
        from medicinesDisclosed in Gen.Elements(false, true)
        from response in Gen.Elements(Enum.GetValues<TreatmentResponse>())
        from formulation in Formulation
        select new PatientProfile
        {
            Cause = cause,
            Severity = severity,
            AgeYears = age,
            Health = health,
            AllergiesDisclosed = allergiesDisclosed,
            Allergies = allergies,
            MedicinesDisclosed = medicinesDisclosed,
            CurrentMedicines = medicinesDisclosed ? ["a medicine"] : [],
            Response = response,
            Formulation = formulation,
        };

    public static Arbitrary<PatientProfile> AnyPatient => Patient.ToArbitrary();
}
