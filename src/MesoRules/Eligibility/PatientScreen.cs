using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>What the allergies match in the mix, read once per assessment.</summary>
[Flags]
internal enum AllergyMatch : byte
{
    /// <summary>No allergy, or none matching a component (or no mix named).</summary>
    None = 0,

    /// <summary>An allergy matches a component, as written or under another name of the ingredient.</summary>
    Component = 1,

    /// <summary>An allergy with anaphylaxis matches a component.</summary>
    Anaphylaxis = 2,
}

/// <summary>
/// The facts the built-in rules derive from a patient, read once per assessment and handed to every rule: the medicine
/// classes on the medicine list, what the allergies match in the mix, and the health answers.
/// </summary>
/// <param name="Medicines">The medicine classes listed, as a mask of class indices of the policy's catalogue.</param>
/// <param name="Allergies">What the allergies match.</param>
/// <param name="Answers">The health answers, packed by <see cref="HealthHistory.Pack"/>.</param>
internal readonly record struct PatientScreen(ulong Medicines, AllergyMatch Allergies, uint Answers)
{
    /// <summary>The answer to a health question.</summary>
    public Answer AnswerTo(HealthFactor factor) => HealthHistory.AnswerIn(Answers, factor);

    /// <summary>Reads a (validated) patient's lists under a policy's catalogue and ingredient names.</summary>
    public static PatientScreen Of(PatientProfile patient, MedicineCatalog medicines, IngredientNames ingredients)
    {
        ulong listed = patient.CurrentMedicines.Count == 0 ? 0 : medicines.Screen(patient.CurrentMedicines);
        AllergyMatch allergies = AllergyMatch.None;
        if (patient.Allergies.Count > 0 && patient.Formulation is { Components.Count: > 0 } mix && ingredients.AnyMatch(patient.Allergies, mix.Components, anaphylaxisOnly: false))
        {
            allergies = AllergyMatch.Component;
            if (HasAnaphylaxis(patient.Allergies) && ingredients.AnyMatch(patient.Allergies, mix.Components, anaphylaxisOnly: true))
            {
                allergies |= AllergyMatch.Anaphylaxis;
            }
        }

        return new PatientScreen(listed, allergies, patient.Health.Pack(out _));
    }

    private static bool HasAnaphylaxis(IReadOnlyList<KnownAllergy> allergies)
    {
        for (int i = 0; i < allergies.Count; i++)
        {
            if (allergies[i].Anaphylaxis)
            {
                return true;
            }
        }

        return false;
    }
}
